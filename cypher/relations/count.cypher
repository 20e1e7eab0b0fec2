// How many relations match a filter (the connection's totalCount); the same conditions as relations/page.cypher.
// :param types => null
// :param polarities => null
// :param sourceIds => null
// :param targetIds => null
// :param actorIds => ['zelensky']
// :param topicIds => null
// :param documentIds => null
// :param from => null
// :param to => null
// :param minConfidence => null
// :param methods => null
// :param includeRetracted => false
CALL () {
  // Anchored on the actors named (an index seek on their ids), else on the types (an index seek
  // on r.type), else every relation. Generic `($x IS NULL OR …)` conditions cannot be planned
  // as seeks, so each anchor is its own branch; the guards make exactly one branch produce rows.
  WITH $sourceIds AS ids WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (s:Actor {id: id})-[r:RELATION]->(t:Actor)
  RETURN s, r, t
UNION ALL
  WITH $targetIds AS ids WHERE ids IS NOT NULL AND $sourceIds IS NULL
  UNWIND ids AS id
  MATCH (s:Actor)-[r:RELATION]->(t:Actor {id: id})
  RETURN s, r, t
UNION ALL
  WITH $actorIds AS ids WHERE ids IS NOT NULL AND $sourceIds IS NULL AND $targetIds IS NULL
  UNWIND ids AS id
  MATCH (:Actor {id: id})-[r:RELATION]-(:Actor)
  WITH DISTINCT r
  RETURN startNode(r) AS s, r, endNode(r) AS t
UNION ALL
  WITH $types AS types
  WHERE types IS NOT NULL AND $sourceIds IS NULL AND $targetIds IS NULL AND $actorIds IS NULL
  MATCH (s:Actor)-[r:RELATION]->(t:Actor)
  USING INDEX r:RELATION(type)
  WHERE r.type IN types
  RETURN s, r, t
UNION ALL
  WITH 1 AS everything
  WHERE $types IS NULL AND $sourceIds IS NULL AND $targetIds IS NULL AND $actorIds IS NULL
  MATCH (s:Actor)-[r:RELATION]->(t:Actor)
  RETURN s, r, t
}
WITH s, r, t
WHERE ($includeRetracted OR r.retractedAt IS NULL)
  AND ($types IS NULL OR r.type IN $types)
  AND ($polarities IS NULL OR r.polarity IN $polarities)
  AND ($sourceIds IS NULL OR s.id IN $sourceIds)
  AND ($targetIds IS NULL OR t.id IN $targetIds)
  AND ($actorIds IS NULL OR s.id IN $actorIds OR t.id IN $actorIds)
  AND ($documentIds IS NULL OR any(d IN r.documentIds WHERE d IN $documentIds))
  AND ($from IS NULL OR r.effectiveDate >= $from)
  AND ($to IS NULL OR r.effectiveDate <= $to)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($methods IS NULL OR r.method IN $methods)
  AND ($topicIds IS NULL OR EXISTS {
    MATCH (x:Actor)-[st:STANCE]->(tp:Topic)
    WHERE (x = s OR x = t) AND tp.id IN $topicIds AND st.retractedAt IS NULL
  })
RETURN count(r) AS total
