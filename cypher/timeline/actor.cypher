// One actor's timeline: its relations (either end) and stances, and the documents they are quoted
// from, in date order, oldest first, ties by kind (Document, Relation, Stance) then id, at most
// $limit of them. Dates and shapes as in timeline/all.cypher; retracted relations and stances, and
// documents only they are quoted from, are left out. No rows when there is no such actor.
// :param actorId => 'zelensky'
// :param from => date('2025-01-01')
// :param to => null
// :param limit => 200
MATCH (a:Actor {id: $actorId})
CALL (a) {
  MATCH (a)-[r:RELATION]-(:Actor)
  WHERE r.retractedAt IS NULL
  RETURN DISTINCT 'Relation' AS kind, r.effectiveDate AS date, r.id AS id, r AS entity, r.documentIds AS documentIds
UNION ALL
  MATCH (a)-[s:STANCE]->(:Topic)
  WHERE s.retractedAt IS NULL
  RETURN 'Stance' AS kind, s.effectiveDate AS date, s.id AS id, s AS entity, s.documentIds AS documentIds
}
WITH collect({kind: kind, date: date, id: id, entity: entity}) AS assertions,
  collect(DISTINCT documentIds) AS documentIdLists
CALL (assertions, documentIdLists) {
  UNWIND assertions AS x
  RETURN x.kind AS kind, x.date AS date, x.id AS id, x.entity AS entity
UNION ALL
  UNWIND documentIdLists AS ids
  UNWIND ids AS documentId
  WITH DISTINCT documentId
  MATCH (d:Document {id: documentId})
  RETURN 'Document' AS kind, d.publishedAt AS date, d.id AS id, d AS entity
}
WITH kind, date, id, entity
WHERE date IS NOT NULL AND ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
ORDER BY date, kind, id
LIMIT $limit
RETURN kind, date,
  CASE kind
    WHEN 'Relation' THEN entity {.*, source: startNode(entity).id, target: endNode(entity).id}
    WHEN 'Stance' THEN entity {.*, actor: startNode(entity).id, topic: endNode(entity).id}
    ELSE entity {.id, .title, .publishedAt, .url, .publisher, .text, .references}
  END AS item
