// A page of relations matching a filter, in keyset order: sortKey (confidence or effective day,
// negated for DESC) then id (descending only for ID DESC), after the cursor position. Fetches one more than asked so the caller
// knows whether a next page exists. Null parameters mean "no condition".
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
// :param orderField => 'CONFIDENCE'
// :param sign => -1.0
// :param idDescending => false
// :param afterKey => null
// :param afterId => null
// :param limit => 21
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
  // The commonest page, one type most confident first (at most a minimum confidence besides): read
  // in (type, confidence) index order and stop after the page, so a deep page costs what the first does.
  WITH $types[0] AS type, coalesce(-$afterKey, 1.0) AS below, coalesce($minConfidence, 0.0) AS least
  WHERE size($types) = 1 AND $sourceIds IS NULL AND $targetIds IS NULL AND $actorIds IS NULL
    AND $orderField = 'CONFIDENCE' AND $sign < 0 AND NOT $includeRetracted AND $polarities IS NULL
    AND $documentIds IS NULL AND $from IS NULL AND $to IS NULL AND $methods IS NULL AND $topicIds IS NULL
  MATCH (s:Actor)-[r:RELATION]->(t:Actor)
  USING INDEX r:RELATION(type, confidence)
  WHERE r.type = type AND r.confidence <= below AND r.confidence >= least AND r.retractedAt IS NULL
    AND ($afterId IS NULL OR r.confidence < below OR r.id > $afterId)
  WITH s, r, t
  // r.type first (it is one value here) so the planner reads the index in order (PartialTop).
  ORDER BY r.type DESC, r.confidence DESC, r.id
  LIMIT $limit
  RETURN s, r, t
UNION ALL
  WITH $types AS types
  WHERE types IS NOT NULL AND $sourceIds IS NULL AND $targetIds IS NULL AND $actorIds IS NULL
    AND NOT (size($types) = 1 AND $sourceIds IS NULL AND $targetIds IS NULL AND $actorIds IS NULL
    AND $orderField = 'CONFIDENCE' AND $sign < 0 AND NOT $includeRetracted AND $polarities IS NULL
    AND $documentIds IS NULL AND $from IS NULL AND $to IS NULL AND $methods IS NULL AND $topicIds IS NULL)
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
WITH s, r, t,
  $sign * CASE $orderField
    WHEN 'CONFIDENCE' THEN r.confidence
    WHEN 'DATE' THEN toFloat(datetime({date: r.effectiveDate}).epochSeconds / 86400)
    ELSE 0.0
  END AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey
  OR (sortKey = $afterKey AND CASE WHEN $idDescending THEN r.id < $afterId ELSE r.id > $afterId END)
RETURN r {.id, .type, .polarity, .confidence, .date, .validFrom, .validTo, .details, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, source: s.id, target: t.id} AS relation, sortKey
ORDER BY sortKey, CASE WHEN $idDescending THEN '' ELSE r.id END, r.id DESC
LIMIT $limit
