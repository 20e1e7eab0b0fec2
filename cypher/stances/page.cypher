// A page of stances matching a filter, in keyset order: sortKey (confidence or effective day,
// negated for DESC) then id (descending only for ID DESC), after the cursor position. Fetches one
// more than asked. Null parameters mean "no condition".
// :param actorIds => null
// :param topicIds => ['ukraine-nato-membership']
// :param positions => null
// :param polarities => null
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
MATCH (a:Actor)-[s:STANCE]->(t:Topic)
WHERE ($includeRetracted OR s.retractedAt IS NULL)
  AND ($actorIds IS NULL OR a.id IN $actorIds)
  AND ($topicIds IS NULL OR t.id IN $topicIds)
  AND ($positions IS NULL OR s.position IN $positions)
  AND ($polarities IS NULL OR s.polarity IN $polarities)
  AND ($documentIds IS NULL OR any(d IN s.documentIds WHERE d IN $documentIds))
  AND ($from IS NULL OR s.effectiveDate >= $from)
  AND ($to IS NULL OR s.effectiveDate <= $to)
  AND ($minConfidence IS NULL OR s.confidence >= $minConfidence)
  AND ($methods IS NULL OR s.method IN $methods)
WITH a, s, t,
  $sign * CASE $orderField
    WHEN 'CONFIDENCE' THEN s.confidence
    WHEN 'DATE' THEN toFloat(datetime({date: s.effectiveDate}).epochSeconds / 86400)
    ELSE 0.0
  END AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey
  OR (sortKey = $afterKey AND CASE WHEN $idDescending THEN s.id < $afterId ELSE s.id > $afterId END)
RETURN s {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, actor: a.id, topic: t.id} AS stance, sortKey
ORDER BY sortKey, CASE WHEN $idDescending THEN '' ELSE s.id END, s.id DESC
LIMIT $limit
