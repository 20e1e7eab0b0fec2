// Parameters: topics near the median number of stances, spread over the id range.
// :param count => 20
MATCH (t:Topic)
WITH t, COUNT { (t)<-[:STANCE]-() } AS stances
ORDER BY stances, t.id
WITH collect(t.id) AS ids
WITH ids, toInteger(size(ids) / 4) AS from, toInteger(3 * size(ids) / 4) AS to
UNWIND range(0, $count - 1) AS i
RETURN DISTINCT ids[from + toInteger(i * (to - from) / $count)] AS id
