/**
 * API keys: how configuration is parsed and refused (naming the entry, never
 * the secret), and how a request's Authorization header is judged, with every
 * configured key compared in constant time.
 */
import crypto from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MIN_SECRET_LENGTH,
  parseApiKeyFileText,
  parseApiKeyList,
  readApiKeys,
  sha256,
} from '../../src/apiKeys';
import { ConfigError, readConfig } from '../../src/config';
import { bearerToken, KeyRing, matchKey, requirePrincipal } from '../../src/graphql/auth';

const ALICE = 'alice-secret-0123456789';
const BOB = 'bob-secret-0123456789ab';

describe('STANCEGRAPH_API_KEYS', () => {
  it('reads name:secret and name:secret:YYYY-MM-DD entries, keeping only digests', () => {
    const { keys, problems } = parseApiKeyList(` alice:${ALICE} , bob:${BOB}:2030-06-30,`);
    expect(problems).toEqual([]);
    expect(keys.map((k) => [k.name, k.expires])).toEqual([
      ['alice', undefined],
      ['bob', '2030-06-30'],
    ]);
    expect(keys[0]?.digest.equals(sha256(ALICE))).toBe(true);
    expect(JSON.stringify(keys)).not.toContain(ALICE);
    // Valid through the end of 30 June 2030, UTC.
    expect(keys[1]?.expiresAt).toBe(Date.UTC(2030, 6, 1));
  });

  it.each([
    ['alice', 'entry 1', 'expected name:secret'],
    [`alice:${ALICE}:2030-01-01:x`, 'entry 1', 'expected name:secret'],
    ['alice:short', 'entry 1 ("alice")', `use at least ${MIN_SECRET_LENGTH}`],
    [`alice:${ALICE},bob:`, 'entry 2 ("bob")', 'the secret is missing'],
    [`alice:${ALICE}:2030-02-30`, 'entry 1 ("alice")', 'YYYY-MM-DD'],
    [`alice:${ALICE}:tomorrow`, 'entry 1 ("alice")', 'YYYY-MM-DD'],
    [`al ice:${ALICE}`, 'entry 1', 'the name must be'],
  ])('refuses %j, naming %s', (value, entry, expected) => {
    const { problems } = parseApiKeyList(value);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`STANCEGRAPH_API_KEYS ${entry}`);
    expect(problems[0]).toContain(expected);
    expect(problems[0]).not.toContain(ALICE);
    expect(problems[0]).not.toContain('short');
  });

  it('refuses two keys with one name or one secret', () => {
    expect(readApiKeys({ list: `alice:${ALICE},alice:${BOB}` }).problems).toEqual([
      'API key name "alice" is used twice; give each key its own name',
    ]);
    expect(readApiKeys({ list: `alice:${ALICE},bob:${ALICE}` }).problems).toEqual([
      'API keys "alice" and "bob" have the same secret; give each key its own',
    ]);
  });
});

describe('STANCEGRAPH_API_KEYS_FILE', () => {
  it('reads a YAML or JSON list of {name, key, expires?}', () => {
    const yaml = `- name: alice\n  key: ${ALICE}\n- name: bob\n  key: "${BOB}"\n  expires: 2030-06-30\n`;
    const json = JSON.stringify([{ name: 'alice', key: ALICE }]);
    expect(parseApiKeyFileText(yaml, 'keys.yaml').keys.map((k) => k.expires)).toEqual([
      undefined,
      '2030-06-30',
    ]);
    expect(parseApiKeyFileText(json, 'keys.json').keys.map((k) => k.name)).toEqual(['alice']);
  });

  it('reads the displayName readers see as who retracted something', () => {
    const yaml = `- {name: alice, key: ${ALICE}, displayName: "  Alice Example "}\n- {name: bob, key: ${BOB}}\n`;
    expect(parseApiKeyFileText(yaml, 'keys.yaml').keys.map((k) => k.displayName)).toEqual([
      'Alice Example',
      undefined,
    ]);
    for (const bad of ['""', '"a\\u0007b"', `"${'x'.repeat(81)}"`, '42']) {
      expect(
        parseApiKeyFileText(`- {name: alice, key: ${ALICE}, displayName: ${bad}}\n`, 'keys.yaml')
          .problems,
      ).toEqual([
        'keys.yaml entry 1 ("alice"): the displayName must be 1 to 80 printable characters (it is shown to readers as who retracted what)',
      ]);
    }
  });

  it('shows key names as display names only when STANCEGRAPH_SHOW_KEY_NAMES=true', () => {
    const principal = (env: Record<string, string>) =>
      new KeyRing(
        readConfig({ STANCEGRAPH_API_KEYS: `alice:${ALICE}`, ...env }).apiKeys,
      ).authenticate(`Bearer ${ALICE}`).principal;
    expect(principal({})).toEqual({ name: 'alice', displayName: 'analyst' });
    expect(principal({ STANCEGRAPH_SHOW_KEY_NAMES: 'true' })).toEqual({
      name: 'alice',
      displayName: 'alice',
    });
  });

  it('names the file and entry of a bad key', () => {
    expect(parseApiKeyFileText('name: alice', 'keys.yaml').problems).toEqual([
      'keys.yaml: expected a list of {name, key, expires?, displayName?} entries',
    ]);
    expect(
      parseApiKeyFileText(`- name: alice\n  secret: ${ALICE}\n`, 'keys.yaml').problems,
    ).toEqual(['keys.yaml entry 1: unknown field(s) secret; use name, key, expires, displayName']);
    const [problem] = parseApiKeyFileText(
      `- {name: alice, key: ${ALICE}}\n- {name: bob, key: tooshort}\n`,
      'keys.yaml',
    ).problems;
    expect(problem).toContain('keys.yaml entry 2 ("bob"): the secret is 8 characters');
    expect(problem).not.toContain('tooshort');
  });

  it('is read by readConfig together with STANCEGRAPH_API_KEYS; a bad entry is a ConfigError', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-keys-'));
    const file = join(dir, 'keys.yaml');
    await writeFile(file, `- name: bob\n  key: ${BOB}\n  expires: 2030-06-30\n`);
    const config = readConfig({
      STANCEGRAPH_API_KEYS: `alice:${ALICE}`,
      STANCEGRAPH_API_KEYS_FILE: file,
      STANCEGRAPH_REQUIRE_KEY_FOR_READS: 'true',
    });
    expect(config.apiKeys.map((k) => k.name)).toEqual(['alice', 'bob']);
    expect(config.requireKeyForReads).toBe(true);
    expect(readConfig({}).apiKeys).toEqual([]);
    expect(readConfig({}).requireKeyForReads).toBe(false);

    const bad = () => readConfig({ STANCEGRAPH_API_KEYS: `alice:${ALICE},bob:short-secret` });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow('STANCEGRAPH_API_KEYS entry 2 ("bob")');
    expect(() => readConfig({ STANCEGRAPH_API_KEYS_FILE: join(dir, 'missing.yaml') })).toThrow(
      /STANCEGRAPH_API_KEYS_FILE: cannot read .*missing\.yaml \(ENOENT\)/,
    );
  });
});

describe('the Authorization header', () => {
  const keys = parseApiKeyList(`alice:${ALICE},bob:${BOB}:2025-01-31`).keys;
  const at = (iso: string) => new KeyRing(keys, () => Date.parse(iso));
  const ring = at('2025-01-15T12:00:00Z');

  it('gives the principal for a valid key, and nothing without a header', () => {
    expect(ring.authenticate(`Bearer ${ALICE}`)).toEqual({
      principal: { name: 'alice', displayName: 'analyst' },
      authError: null,
    });
    expect(ring.authenticate(`bearer   ${BOB}`).principal).toEqual({
      name: 'bob',
      displayName: 'analyst',
    });
    expect(ring.authenticate(undefined)).toEqual({ principal: null, authError: null });
  });

  it.each([
    ['Basic YWxpY2U6c2VjcmV0', 'MALFORMED'],
    ['Bearer', 'MALFORMED'],
    [`Bearer ${ALICE} extra`, 'MALFORMED'],
    ['', 'MALFORMED'],
    [`Bearer ${ALICE}x`, 'UNKNOWN'],
  ])('refuses %j as %s, never echoing the key', (header, reason) => {
    const { principal, authError } = ring.authenticate(header);
    expect(principal).toBeNull();
    expect(authError?.extensions.code).toBe('UNAUTHENTICATED');
    expect(authError?.extensions.reason).toBe(reason);
    expect(authError?.message).toContain(
      reason === 'UNKNOWN' ? 'key not recognised' : 'send Authorization: Bearer <key>',
    );
    expect(JSON.stringify(authError)).not.toContain(ALICE);
  });

  it('refuses an expired key from the day after its expiry date, UTC, saying when it expired', () => {
    expect(at('2025-01-31T23:59:59.999Z').authenticate(`Bearer ${BOB}`).principal).toEqual({
      name: 'bob',
      displayName: 'analyst',
    });
    const { principal, authError } = at('2025-02-01T00:00:00Z').authenticate(`Bearer ${BOB}`);
    expect(principal).toBeNull();
    expect(authError?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'EXPIRED',
      expires: '2025-01-31',
    });
    expect(authError?.message).toContain('2025-01-31');
  });

  it('parses only `Bearer <key>`', () => {
    expect(bearerToken(`Bearer ${ALICE}`)).toBe(ALICE);
    expect(bearerToken(`Token ${ALICE}`)).toBeUndefined();
    expect(bearerToken(`Bearer a b`)).toBeUndefined();
  });

  it('requirePrincipal throws UNAUTHENTICATED for a missing or refused key', () => {
    expect(() => requirePrincipal({ principal: null, authError: null })).toThrow(
      'send Authorization: Bearer <key>',
    );
    const refused = ring.authenticate('Bearer nope-nope-nope-nope');
    expect(() => requirePrincipal(refused)).toThrow('key not recognised');
    expect(requirePrincipal(ring.authenticate(`Bearer ${ALICE}`))).toEqual({
      name: 'alice',
      displayName: 'analyst',
    });
  });
});

describe('constant-time comparison', () => {
  const many = parseApiKeyList(
    ['a', 'b', 'c', 'd'].map((n) => `${n}:${n.repeat(4)}-secret-0123456789`).join(','),
  ).keys;

  afterEach(() => jest.restoreAllMocks());

  it('compares SHA-256 digests of equal length against every configured key, matched or not', () => {
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    expect(matchKey(many, 'aaaa-secret-0123456789')?.name).toBe('a');
    expect(spy).toHaveBeenCalledTimes(4);
    spy.mockClear();
    // A long or short presented key costs the same: it is hashed first.
    expect(matchKey(many, 'x'.repeat(10_000))).toBeUndefined();
    expect(matchKey(many, 'x')).toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(8);
    for (const [a, b] of spy.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });
});
