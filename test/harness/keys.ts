/**
 * API keys for tests: one valid, one expired. Contexts are built the way the
 * server builds them: `KeyRing.authenticate(<Authorization header>)`.
 */
import { parseApiKeyList } from '../../src/apiKeys';
import { KeyRing } from '../../src/graphql/auth';

export const SECRETS = {
  alice: 'alice-test-key-0123456789',
  expired: 'expired-test-key-0123456789',
  carol: 'carol-test-key-0123456789',
} as const;

export const EXPIRED_ON = '2020-01-31';

/** Carol chose how readers see her (a key file's `displayName`); alice did not. */
export const CAROL_DISPLAY_NAME = 'Carol Example (desk editor)';

export const TEST_KEYS = parseApiKeyList(
  `alice:${SECRETS.alice},old:${SECRETS.expired}:${EXPIRED_ON},carol:${SECRETS.carol}`,
).keys.map((key) => (key.name === 'carol' ? { ...key, displayName: CAROL_DISPLAY_NAME } : key));

export const testKeyRing = () => new KeyRing(TEST_KEYS);

export const HEADERS = {
  valid: `Bearer ${SECRETS.alice}`,
  wrong: 'Bearer not-a-configured-key-0123456789',
  expired: `Bearer ${SECRETS.expired}`,
  carol: `Bearer ${SECRETS.carol}`,
  malformed: `Basic ${Buffer.from(`alice:${SECRETS.alice}`).toString('base64')}`,
} as const;
