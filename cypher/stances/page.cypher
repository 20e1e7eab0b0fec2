// A page of stances matching a filter, most confident first (keyset order: -confidence, id), after
// the cursor position. Fetches one more than asked. Null parameters mean "no condition".
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
WITH a, s, t, -s.confidence AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND s.id > $afterId)
RETURN s {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, actor: a.id, topic: t.id} AS stance, sortKey
ORDER BY sortKey, s.id
LIMIT $limit
