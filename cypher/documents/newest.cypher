// The newest $first documents (as document/all.cypher orders them); the text only $withText, so a
// list of titles costs no articles.
// :param first => 100
// :param withText => false
MATCH (d:Document)
WITH d
ORDER BY d.publishedAt DESC, d.id
LIMIT $first
RETURN d {.id, .title, .publishedAt, .url, .publisher, .references,
  text: CASE WHEN $withText THEN d.text END} AS document
ORDER BY document.publishedAt DESC, document.id
