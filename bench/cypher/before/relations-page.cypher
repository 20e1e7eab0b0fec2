// BEFORE (commit 2750b78), kept for bench/shapes.ts: the shape this statement had before issue 5's changes.
// A page of relations matching a filter, in keyset order: sortKey (confidence or effective day,
// negated for DESC) then id, after the cursor position. Fetches one more than asked so the caller
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
// :param afterKey => null
// :param afterId => null
// :param limit => 21
MATCH (s:Actor)-[r:RELATION]->(t:Actor)
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
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND r.id > $afterId)
RETURN r {.*, source: s.id, target: t.id} AS relation, sortKey
ORDER BY sortKey, r.id
LIMIT $limit
