// The whole graph's timeline: relations, stances and documents in date order, oldest first, ties by
// kind (Document, Relation, Stance) then id, at most $limit of them. A relation's or stance's date is
// its effectiveDate, a document's its publishedAt. Retracted relations and stances are left out.
// Rows are sorted before they are projected, so only the $limit returned are.
// :param from => null
// :param to => date('2025-12-31')
// :param limit => 200
CALL () {
  MATCH (:Actor)-[r:RELATION]->(:Actor)
  WHERE r.retractedAt IS NULL
    AND ($from IS NULL OR r.effectiveDate >= $from) AND ($to IS NULL OR r.effectiveDate <= $to)
  RETURN 'Relation' AS kind, r.effectiveDate AS date, r.id AS id, r AS entity
UNION ALL
  MATCH (:Actor)-[s:STANCE]->(:Topic)
  WHERE s.retractedAt IS NULL
    AND ($from IS NULL OR s.effectiveDate >= $from) AND ($to IS NULL OR s.effectiveDate <= $to)
  RETURN 'Stance' AS kind, s.effectiveDate AS date, s.id AS id, s AS entity
UNION ALL
  MATCH (d:Document)
  WHERE ($from IS NULL OR d.publishedAt >= $from) AND ($to IS NULL OR d.publishedAt <= $to)
  RETURN 'Document' AS kind, d.publishedAt AS date, d.id AS id, d AS entity
}
WITH kind, date, id, entity
WHERE date IS NOT NULL
ORDER BY date, kind, id
LIMIT $limit
RETURN kind, date,
  CASE kind
    WHEN 'Relation' THEN entity {.*, source: startNode(entity).id, target: endNode(entity).id}
    WHEN 'Stance' THEN entity {.*, actor: startNode(entity).id, topic: endNode(entity).id}
    ELSE entity {.id, .title, .publishedAt, .url, .publisher, .text, .references}
  END AS item
