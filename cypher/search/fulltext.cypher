// Full-text search over actor names and aliases, topic names and descriptions, and evidence quotes,
// merged by Lucene score, best first. $query is Lucene syntax built by src/db/fulltext.ts (user text
// escaped, each word also matched as a prefix). Each index is asked for at most $limit hits; an actor
// is one Lucene document (name and aliases together), so it appears once. Quotes of retracted
// relations or stances are left out; the quote index is asked for at most 10 × $limit hits, so a
// common word cannot make it read every quote (more retracted ones than that would shorten the list).
// :param query => '(zelensky OR zelensky*)'
// :param limit => 20
CALL () {
  CALL db.index.fulltext.queryNodes('actor_names_fulltext', $query, {limit: $limit})
  YIELD node, score
  RETURN 'Actor' AS kind, score, node {.id, .name, .kind, .aliases, .wikidataId, .description} AS item
UNION ALL
  CALL db.index.fulltext.queryNodes('topic_text_fulltext', $query, {limit: $limit})
  YIELD node, score
  RETURN 'Topic' AS kind, score, node {.id, .name, .description} AS item
UNION ALL
  CALL db.index.fulltext.queryNodes('evidence_quote_fulltext', $query, {limit: 10 * $limit})
  YIELD node, score
  WHERE EXISTS { MATCH ()-[r:RELATION|STANCE {id: node.subjectId}]->() WHERE r.retractedAt IS NULL }
  WITH node, score
  LIMIT $limit
  RETURN 'Evidence' AS kind, score, node {.id, .subjectId, .documentId, .quote, .start, .end} AS item
}
RETURN kind, score, item
ORDER BY score DESC, kind, item.id
LIMIT $limit
