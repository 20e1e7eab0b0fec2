/**
 * API keys for tests: one valid, one expired. Contexts are built the way the
 * server builds them: `KeyRing.authenticate(<Authorization header>)`.
 */
import { parseApiKeyList } from '../../src/apiKeys';
import { KeyRing } from '../../src/graphql/auth';

export const SECRETS = {
  alice: 'alice-test-key-0123456789',
  expired: 'expired-test-key-0123456789',
} as const;

export const EXPIRED_ON = '2020-01-31';

export const TEST_KEYS = parseApiKeyList(
  `alice:${SECRETS.alice},old:${SECRETS.expired}:${EXPIRED_ON}`,
).keys;

export const testKeyRing = () => new KeyRing(TEST_KEYS);

export const HEADERS = {
  valid: `Bearer ${SECRETS.alice}`,
  wrong: 'Bearer not-a-configured-key-0123456789',
  expired: `Bearer ${SECRETS.expired}`,
  malformed: `Basic ${Buffer.from(`alice:${SECRETS.alice}`).toString('base64')}`,
} as const;
