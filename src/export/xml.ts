/**
 * The XML that GraphML and GEXF need, escaped in one place. stancegraph writes
 * both formats element by element as pages arrive instead of building a DOM or
 * a graphology graph first: graphology-gexf (the maintained GEXF writer) turns
 * a whole in-memory graph into one string, so a 100 000-actor export would
 * hold the graph twice, and graphology-graphml only parses. Reading the output
 * back with those libraries' parsers and networkx is what the tests check.
 * https://www.w3.org/TR/xml/#charsets, #syntax and #AVNormalize
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as references (C0 controls but tab, newline
 * and carriage return; lone surrogates; U+FFFE and U+FFFF): each becomes U+FFFD.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // A parser turns a carriage return into a newline unless it is a reference.
  '\r': '&#13;',
};

/** Attribute values are normalized by parsers (tabs and newlines become spaces) unless referenced. */
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
};

/** `text` as element content. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** `value` as a double-quoted attribute value (without the quotes). */
export function xmlAttribute(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** `name="value" …` for the pairs given, each value escaped. */
export function xmlAttributes(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
    .join('');
}
