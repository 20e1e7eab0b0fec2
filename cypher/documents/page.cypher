// A page of documents, newest first (keyset order: publishedAt descending, then id), after the
// cursor position; the text only $withText. Fetches one more than asked so the caller knows
// whether a next page exists.
// :param afterDate => null
// :param afterId => null
// :param limit => 21
// :param withText => false
MATCH (d:Document)
WHERE $afterId IS NULL OR d.publishedAt < $afterDate OR (d.publishedAt = $afterDate AND d.id > $afterId)
WITH d
ORDER BY d.publishedAt DESC, d.id
LIMIT $limit
RETURN d {.id, .title, .publishedAt, .url, .publisher, .references,
  text: CASE WHEN $withText THEN d.text END} AS document
ORDER BY document.publishedAt DESC, document.id
