// Relations counted per time bucket (relationSeries): each bucket's count and Goldstein sum and,
// with $groupBy, its $topGroups largest groups. $unit is a date.truncate unit (day, week, month);
// $goldstein maps each relation type to the Goldstein score of its CAMEO code (lexicon/cameo.yaml).
// The filter is relations/count.cypher's; $from and $to are always given (the caller widens an
// open window to the whole calendar), so the last anchor is a range seek on r.effectiveDate.
// USING INDEX SEEK, not USING INDEX: the planner may meet a plain hint with a scan of the whole
// index when its statistics say the window covers most of it.
// :param types => null
// :param polarities => null
// :param sourceIds => null
// :param targetIds => null
// :param actorIds => null
// :param topicIds => null
// :param documentIds => null
// :param from => date('2025-01-01')
// :param to => date('2025-12-31')
// :param minConfidence => null
// :param methods => null
// :param includeRetracted => false
// :param unit => 'week'
// :param groupBy => 'POLARITY'
// :param topGroups => 5
// :param goldstein => {CALLED: 1.0, CRITICIZES: -2.0}
CALL () {
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
  USING INDEX SEEK r:RELATION(type)
  WHERE r.type IN types
  RETURN s, r, t
UNION ALL
  WITH 1 AS window
  WHERE $types IS NULL AND $sourceIds IS NULL AND $targetIds IS NULL AND $actorIds IS NULL
  MATCH (s:Actor)-[r:RELATION]->(t:Actor)
  USING INDEX SEEK r:RELATION(effectiveDate)
  WHERE r.effectiveDate >= $from AND r.effectiveDate <= $to
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
  AND r.effectiveDate >= $from
  AND r.effectiveDate <= $to
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($methods IS NULL OR r.method IN $methods)
  AND ($topicIds IS NULL OR EXISTS {
    MATCH (x:Actor)-[st:STANCE]->(tp:Topic)
    WHERE (x = s OR x = t) AND tp.id IN $topicIds AND st.retractedAt IS NULL
  })
WITH date.truncate($unit, r.effectiveDate) AS bucket,
     coalesce($goldstein[r.type], 0.0) AS goldstein,
     CASE $groupBy
       WHEN 'TYPE' THEN r.type
       WHEN 'POLARITY' THEN r.polarity
       WHEN 'SOURCE' THEN s.id
       WHEN 'TARGET' THEN t.id
       WHEN 'PAIR' THEN s.id + '>' + t.id
     END AS key,
     CASE $groupBy
       WHEN 'TYPE' THEN r.type
       WHEN 'POLARITY' THEN r.polarity
       WHEN 'SOURCE' THEN s.name
       WHEN 'TARGET' THEN t.name
       WHEN 'PAIR' THEN s.name + ' → ' + t.name
     END AS label
WITH bucket, key, label, count(*) AS n, sum(goldstein) AS goldsteinSum
ORDER BY bucket, n DESC, key
WITH bucket,
     sum(n) AS count,
     sum(goldsteinSum) AS goldsteinSum,
     collect(CASE WHEN key IS NOT NULL
       THEN {key: key, label: label, count: n, goldsteinSum: goldsteinSum} END) AS groups
RETURN bucket, count, goldsteinSum, groups[..$topGroups] AS groups
ORDER BY bucket
