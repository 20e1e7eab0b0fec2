/**
 * API keys, from configuration only: `STANCEGRAPH_API_KEYS` (comma-separated
 * `name:secret` or `name:secret:YYYY-MM-DD`) and/or the YAML or JSON file named
 * by `STANCEGRAPH_API_KEYS_FILE` (`[{name, key, expires?, displayName?}]`).
 *
 * A key's name identifies it to the operator (logs, audit); what readers see
 * as who retracted something is its `displayName`, chosen by the key's holder,
 * or `analyst` (src/graphql/auth.ts), never the key's name unless
 * STANCEGRAPH_SHOW_KEY_NAMES=true (src/config.ts).
 *
 * Only the SHA-256 digest of each secret is kept, so a key cannot leak through
 * a logged or printed configuration. Problems name the entry (its position and
 * name), never the secret.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ApiKey {
  /** Who holds the key; recorded as `retractedBy` and in logs. */
  name: string;
  /** SHA-256 of the secret. */
  digest: Buffer;
  /** The last day (UTC) the key is valid on, YYYY-MM-DD; undefined when it never expires. */
  expires: string | undefined;
  /** The first instant (ms since the epoch) the key is no longer valid: the end of `expires`, UTC. */
  expiresAt: number | undefined;
  /** How readers see the key's holder (`Retraction.by`); undefined: `analyst`. */
  displayName: string | undefined;
}

export const MIN_SECRET_LENGTH = 16;

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
/** Visible ASCII without spaces: what fits in `Authorization: Bearer <key>` unquoted. */
const SECRET = /^[\x21-\x7E]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The instant a key expiring on `date` (YYYY-MM-DD) stops working: the end of that day, UTC. */
function endOfDayUtc(date: string): number | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = Date.UTC(y, mo - 1, d);
  // Reject dates such as 2025-02-30, which Date.UTC would roll over.
  if (new Date(start).toISOString().slice(0, 10) !== date) return undefined;
  return Date.UTC(y, mo - 1, d + 1);
}

interface KeyEntry {
  /** How problems name the entry, e.g. `STANCEGRAPH_API_KEYS entry 2`. */
  label: string;
  name: unknown;
  secret: unknown;
  expires: unknown;
  displayName?: unknown;
}

/** Printable text without control characters, 1 to 80 characters. */
const DISPLAY_NAME = /^[^\p{Cc}\p{Cf}]{1,80}$/u;

function checkEntry(entry: KeyEntry, problems: string[]): ApiKey | undefined {
  const { label, name, secret, expires, displayName } = entry;
  const named = typeof name === 'string' && NAME.test(name) ? `${label} ("${name}")` : label;
  const before = problems.length;
  if (typeof name !== 'string' || !NAME.test(name)) {
    problems.push(
      `${label}: the name must be 1 to 64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit`,
    );
  }
  if (typeof secret !== 'string' || secret === '') {
    problems.push(`${named}: the secret is missing`);
  } else if (!SECRET.test(secret)) {
    problems.push(
      `${named}: the secret may hold only visible ASCII characters (no spaces), to fit in an Authorization header`,
    );
  } else if (secret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `${named}: the secret is ${secret.length} characters; use at least ${MIN_SECRET_LENGTH} (e.g. \`openssl rand -hex 24\`)`,
    );
  }
  let expiresAt: number | undefined;
  if (expires !== undefined && expires !== null) {
    expiresAt = typeof expires === 'string' ? endOfDayUtc(expires) : undefined;
    if (expiresAt === undefined) {
      problems.push(`${named}: the expiry must be a date written YYYY-MM-DD`);
    }
  }
  if (
    displayName !== undefined &&
    (typeof displayName !== 'string' || !DISPLAY_NAME.test(displayName.trim()))
  ) {
    problems.push(
      `${named}: the displayName must be 1 to 80 printable characters (it is shown to readers as who retracted what)`,
    );
  }
  if (problems.length > before) return undefined;
  return {
    name: name as string,
    digest: sha256(secret as string),
    expires: expires === undefined || expires === null ? undefined : (expires as string),
    expiresAt,
    displayName: typeof displayName === 'string' ? displayName.trim() : undefined,
  };
}

/** Parses the `STANCEGRAPH_API_KEYS` form: `name:secret[:YYYY-MM-DD]`, comma-separated. */
export function parseApiKeyList(
  value: string,
  source = 'STANCEGRAPH_API_KEYS',
): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  value.split(',').forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    const label = `${source} entry ${i + 1}`;
    const parts = text.split(':');
    if (parts.length < 2 || parts.length > 3) {
      problems.push(
        `${label}: expected name:secret or name:secret:YYYY-MM-DD (a secret cannot hold ":" or ","; use STANCEGRAPH_API_KEYS_FILE for such secrets)`,
      );
      return;
    }
    const key = checkEntry(
      { label, name: parts[0], secret: parts[1], expires: parts[2] },
      problems,
    );
    if (key) keys.push(key);
  });
  return { keys, problems };
}

/** Parses a key file's text: a YAML or JSON list of `{name, key, expires?, displayName?}`. */
export function parseApiKeyFileText(
  text: string,
  source: string,
): { keys: ApiKey[]; problems: string[] } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    return { keys: [], problems: [`${source}: not valid YAML or JSON: ${message}`] };
  }
  if (!Array.isArray(data)) {
    return {
      keys: [],
      problems: [`${source}: expected a list of {name, key, expires?, displayName?} entries`],
    };
  }
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  data.forEach((item: unknown, i) => {
    const label = `${source} entry ${i + 1}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(`${label}: expected a mapping with name, key and optionally expires`);
      return;
    }
    const record = item as Record<string, unknown>;
    const fields = ['name', 'key', 'expires', 'displayName'];
    const unknown = Object.keys(record).filter((k) => !fields.includes(k));
    if (unknown.length > 0) {
      problems.push(
        `${label}: unknown field(s) ${unknown.join(', ')}; use name, key, expires, displayName`,
      );
      return;
    }
    const key = checkEntry(
      {
        label,
        name: record.name,
        secret: record.key,
        expires: record.expires,
        displayName: record.displayName,
      },
      problems,
    );
    if (key) keys.push(key);
  });
  return { keys, problems };
}

export function readApiKeyFile(path: string): { keys: ApiKey[]; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return { keys: [], problems: [`STANCEGRAPH_API_KEYS_FILE: cannot read ${path} (${code})`] };
  }
  return parseApiKeyFileText(text, path);
}

/** Every configured key, checked together: names and secrets must each be unique. */
export function readApiKeys(env: { list?: string | undefined; file?: string | undefined }): {
  keys: ApiKey[];
  problems: string[];
} {
  const fromList = env.list ? parseApiKeyList(env.list) : { keys: [], problems: [] };
  const fromFile = env.file ? readApiKeyFile(env.file) : { keys: [], problems: [] };
  const keys = [...fromList.keys, ...fromFile.keys];
  const problems = [...fromList.problems, ...fromFile.problems];
  const names = new Set<string>();
  const digests = new Map<string, string>();
  for (const key of keys) {
    if (names.has(key.name)) {
      problems.push(`API key name "${key.name}" is used twice; give each key its own name`);
    }
    names.add(key.name);
    const digest = key.digest.toString('hex');
    const other = digests.get(digest);
    if (other !== undefined && other !== key.name) {
      problems.push(
        `API keys "${other}" and "${key.name}" have the same secret; give each key its own`,
      );
    }
    digests.set(digest, key.name);
  }
  return { keys, problems };
}
