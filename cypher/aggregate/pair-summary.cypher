// Everything between two actors (pairSummary): per direction ('aToB', 'bToA') the relations
// counted by type (most first) and polarity, their Goldstein sum and first and last dates; and
// the quotes behind the relations of the latest date either way (at most 10). $goldstein maps each
// relation type to the Goldstein score of its CAMEO code (lexicon/cameo.yaml). An actor that does
// not exist comes back null.
// :param a => 'trump'
// :param b => 'zelensky'
// :param goldstein => {CALLED: 1.0, CRITICIZES: -2.0}
OPTIONAL MATCH (x:Actor {id: $a})
OPTIONAL MATCH (y:Actor {id: $b})
CALL (x, y) {
  OPTIONAL MATCH (x)-[r:RELATION]-(y)
  WHERE r.retractedAt IS NULL
  WITH CASE WHEN r IS NULL THEN null WHEN startNode(r) = x THEN 'aToB' ELSE 'bToA' END AS direction,
       r.type AS type,
       count(r) AS n,
       sum(CASE r.polarity WHEN 'POSITIVE' THEN 1 ELSE 0 END) AS positive,
       sum(CASE r.polarity WHEN 'NEGATIVE' THEN 1 ELSE 0 END) AS negative,
       sum(CASE r.polarity WHEN 'NEUTRAL' THEN 1 ELSE 0 END) AS neutral,
       sum(coalesce($goldstein[r.type], 0.0)) AS goldsteinSum,
       min(r.effectiveDate) AS firstDate,
       max(r.effectiveDate) AS lastDate
  ORDER BY n DESC, type
  WITH direction,
       collect({type: type, count: n}) AS byType,
       sum(n) AS count,
       sum(positive) AS positive,
       sum(negative) AS negative,
       sum(neutral) AS neutral,
       sum(goldsteinSum) AS goldsteinSum,
       min(firstDate) AS firstDate,
       max(lastDate) AS lastDate
  RETURN collect(CASE WHEN direction IS NOT NULL THEN {
    direction: direction, byType: byType, count: count, positive: positive, negative: negative,
    neutral: neutral, goldsteinSum: goldsteinSum, firstDate: firstDate, lastDate: lastDate
  } END) AS directions
}
CALL (x, y) {
  OPTIONAL MATCH (x)-[r:RELATION]-(y)
  WHERE r.retractedAt IS NULL
  WITH max(r.effectiveDate) AS latest, collect(r) AS relations
  UNWIND [q IN relations WHERE q.effectiveDate = latest] AS r
  MATCH (e:Evidence {subjectId: r.id})
  WITH r, e
  ORDER BY r.id, e.documentId, e.start, e.end
  LIMIT 10
  RETURN collect(e {.id, .subjectId, .documentId, .quote, .start, .end}) AS latestEvidence
}
RETURN x {.id, .name, .kind, .aliases, .wikidataId, .description} AS a,
       y {.id, .name, .kind, .aliases, .wikidataId, .description} AS b,
       directions, latestEvidence
