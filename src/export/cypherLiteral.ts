/**
 * Neo4j property values as Cypher literals, typed as stored: the statements in
 * cypher/export/script/ read every property as [name, Cypher type, value]
 * (`valueType()`), so an integer stays an INTEGER, a float a FLOAT (`1.0`, not
 * `1`), a date a `date('…')` and a datetime a `datetime('…')`.
 * https://neo4j.com/docs/cypher-manual/5/syntax/expressions/#cypher-expressions-string-literals
 * and /values/property-structural-constructed/
 */

/** A property as the export statements return it: [name, valueType(value), value]. */
export type TypedProperty = [string, string, unknown];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A map key or property name, backquoted when it is not a plain identifier. */
export function cypherName(name: string): string {
  return IDENTIFIER.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/**
 * Characters written as \uXXXX escapes: controls, line and paragraph separators, lone
 * surrogates, and the bidirectional-text controls that can make a script read differently on
 * screen than it runs.
 */
const ESCAPED =
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A single-quoted Cypher string literal that reads back as exactly `value`. */
export function cypherString(value: string): string {
  const body = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(
      ESCAPED,
      (c) =>
        SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  return `'${body}'`;
}

/** A FLOAT literal: always with a point or an exponent, so Cypher does not read an INTEGER. */
export function cypherFloat(value: number): string {
  if (Number.isNaN(value)) return '(0.0 / 0.0)';
  if (value === Infinity) return '(1.0 / 0.0)';
  if (value === -Infinity) return '(-1.0 / 0.0)';
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

const TEMPORAL: Record<string, string> = {
  DATE: 'date',
  'ZONED DATETIME': 'datetime',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED TIME': 'time',
  'LOCAL TIME': 'localtime',
  DURATION: 'duration',
};

/** A scalar as the text a literal is built from; a map or list here means the type lied. */
function scalar(value: unknown, type: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TypeError(`expected a ${type} value, got ${typeof value}`);
}

function withoutNotNull(type: string): string {
  return type.replace(/\s+NOT NULL$/, '').trim();
}

/** `value` as a literal of the Cypher type `type` (as valueType() spells it). */
export function cypherValue(type: string, value: unknown): string {
  const t = withoutNotNull(type);
  if (value === null || value === undefined) return 'null';
  const list = /^LIST<(.*)>$/.exec(t);
  if (list) {
    if (!Array.isArray(value)) throw new TypeError(`expected a list for ${type}`);
    return `[${value.map((v) => cypherValue(list[1] ?? 'ANY', v)).join(', ')}]`;
  }
  switch (t) {
    case 'STRING':
      return cypherString(scalar(value, t));
    case 'BOOLEAN':
      return value ? 'true' : 'false';
    case 'INTEGER': {
      // Integers outside JavaScript's safe range arrive as decimal strings (src/db/values.ts).
      const text = scalar(value, t);
      if (!/^-?\d+$/.test(text)) throw new TypeError(`not an integer: ${text}`);
      return text;
    }
    case 'FLOAT':
      return cypherFloat(Number(value));
    case 'POINT': {
      const p = value as { srid: number; x: number; y: number; z?: number | null };
      const z = p.z === null || p.z === undefined ? '' : `, z: ${cypherFloat(p.z)}`;
      return `point({srid: ${p.srid}, x: ${cypherFloat(p.x)}, y: ${cypherFloat(p.y)}${z}})`;
    }
    default: {
      const fn = TEMPORAL[t];
      if (fn) return `${fn}(${cypherString(scalar(value, t))})`;
      throw new TypeError(`stancegraph cannot write a property of Cypher type ${type}`);
    }
  }
}

/** `{name: literal, …}` in name order, so the same properties always give the same text. */
export function cypherMap(properties: readonly TypedProperty[]): string {
  const entries = [...properties]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, type, value]) => `${cypherName(name)}: ${cypherValue(type, value)}`);
  return `{${entries.join(', ')}}`;
}
