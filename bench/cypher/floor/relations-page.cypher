// Floor for "a filtered relations page deep into the cursor": relations of one type at least
// $minConfidence confident, most confident first, after a keyset position (one more than asked).
// :param type => 'CRITICIZES'
// :param minConfidence => 0.5
// :param afterKey => -0.8
// :param afterId => 'r-0001-000'
// :param limit => 21
MATCH (s:Actor)-[r:RELATION]->(t:Actor)
WHERE r.type = $type AND r.confidence >= $minConfidence AND r.retractedAt IS NULL
  AND (-r.confidence > $afterKey OR (-r.confidence = $afterKey AND r.id > $afterId))
WITH s, r, t
ORDER BY -r.confidence, r.id
LIMIT $limit
RETURN r {.id, .type, .polarity, .confidence, source: s {.id, .name}, target: t {.id, .name}} AS relation
