// The relation graph rankings are computed on (src/analytics/rankings.ts): one row per relation that
// is not retracted, optionally only of some types. Actors without such a relation are not in it.
// :param types => null
MATCH (s:Actor)-[r:RELATION]->(t:Actor)
WHERE r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types)
RETURN s.id AS source, t.id AS target, r.type AS type, r.confidence AS confidence
