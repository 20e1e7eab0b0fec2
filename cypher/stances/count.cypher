// How many stances match a filter (the connection's totalCount); the same conditions as stances/page.cypher.
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
RETURN count(s) AS total
