// Floor for "a ranking": actors by number of (non-retracted) relations, computed now, uncached.
// :param first => 10
MATCH (a:Actor)
WITH a, COUNT { (a)-[r:RELATION]-(:Actor) WHERE r.retractedAt IS NULL } AS degree
ORDER BY degree DESC, a.id
LIMIT $first
RETURN a.id AS id, a.name AS name, degree
