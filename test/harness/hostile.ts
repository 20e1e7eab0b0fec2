/**
 * Strings built to break whatever carries them: quoting, Cypher, Lucene,
 * Unicode edge cases and sheer size. Every path text takes (the loader, the
 * mutations, search, export) must return them exactly.
 */
export const HOSTILE: Array<[label: string, text: string]> = [
  ['quotes and backslashes', `it's "quoted" \\ back\\slash \\' \\" end`],
  ['braces and parameters', '{braces} ${template} $param {{double}}'],
  ['a Cypher statement', "'}) MATCH (n) DETACH DELETE n //"],
  ['another Cypher statement', '" OR 1=1 WITH 1 AS x CALL db.clearQueryCaches() RETURN x; //'],
  ['bidirectional marks', 'abc\u202Eevil\u202C \u200Fmark\u200E'],
  ['emoji', 'family 👩‍👩‍👧 flag 🇺🇦 face 🙂'],
  ['combining characters', 'Zelens\u0306kyy Cafe\u0301 A\u030A'],
  ['Lucene syntax', '(a OR b) AND "c" ~ * ? [x TO y] \\ / ^2 -z +w'],
  ['100 KB', 'x'.repeat(100_000)],
];

/** Text that breaks line- and markup-based formats (CSV, XML, Cypher scripts). */
export const HOSTILE_TO_FILES: Array<[label: string, text: string]> = [
  [
    'line breaks, tabs and XML',
    'line one\nline two\r\n\ttabbed <a href="x">&amp;</a> ]]> ;\n// not a comment',
  ],
];
