// The most active actors in a window (activity): relations an actor is the source or target of
// plus stances it takes, dated from $from to $to, with those counts by polarity; most active
// first, then by id. $from and $to are always given (the caller widens an open window to the whole
// calendar), so both branches are range seeks on effectiveDate (USING INDEX SEEK: a plain hint
// may be met by a scan of the whole index when the window covers most of it).
// :param from => date('2025-01-01')
// :param to => date('2025-12-31')
// :param first => 10
CALL () {
  MATCH (s:Actor)-[r:RELATION]->(t:Actor)
  USING INDEX SEEK r:RELATION(effectiveDate)
  WHERE r.effectiveDate >= $from AND r.effectiveDate <= $to AND r.retractedAt IS NULL
  UNWIND CASE WHEN s = t THEN [s] ELSE [s, t] END AS a
  RETURN a, 1 AS relation, r.polarity AS polarity
UNION ALL
  MATCH (a:Actor)-[x:STANCE]->(:Topic)
  USING INDEX SEEK x:STANCE(effectiveDate)
  WHERE x.effectiveDate >= $from AND x.effectiveDate <= $to AND x.retractedAt IS NULL
  RETURN a, 0 AS relation, x.polarity AS polarity
}
WITH a,
     count(*) AS total,
     sum(relation) AS relations,
     sum(CASE polarity WHEN 'POSITIVE' THEN 1 ELSE 0 END) AS positive,
     sum(CASE polarity WHEN 'NEGATIVE' THEN 1 ELSE 0 END) AS negative,
     sum(CASE polarity WHEN 'NEUTRAL' THEN 1 ELSE 0 END) AS neutral
ORDER BY total DESC, a.id
LIMIT $first
RETURN a {.id, .name, .kind, .aliases, .wikidataId, .description} AS actor,
       total, relations, total - relations AS stances, positive, negative, neutral
