// Parameters: pairs of actors with relations between them, the most related first (pairSummary).
// :param count => 20
MATCH (a:Actor)-[r:RELATION]->(b:Actor)
WHERE a <> b AND r.retractedAt IS NULL
WITH a.id AS a, b.id AS b, count(r) AS relations
ORDER BY relations DESC, a, b
LIMIT $count
RETURN a, b
