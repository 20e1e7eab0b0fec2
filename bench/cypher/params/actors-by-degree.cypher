// Parameters: actors whose number of relations lies in [$min, $max], spread over the id range.
// :param min => 20
// :param max => 40
// :param count => 20
MATCH (a:Actor)
WITH a, COUNT { (a)-[:RELATION]-() } AS degree
WHERE degree >= $min AND degree <= $max
WITH a.id AS id ORDER BY id
WITH collect(id) AS ids
UNWIND range(0, $count - 1) AS i
WITH ids[toInteger(i * size(ids) / $count)] AS id
WHERE id IS NOT NULL
RETURN DISTINCT id
