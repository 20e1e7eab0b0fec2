// Parameters: the keyset position (sort key, id) of the relation at $position in the order a
// relations page of one type, at least $minConfidence confident, most confident first, uses.
// :param type => 'CRITICIZES'
// :param minConfidence => 0.5
// :param position => 500
MATCH ()-[r:RELATION]->()
WHERE r.type = $type AND r.confidence >= $minConfidence AND r.retractedAt IS NULL
WITH r ORDER BY -r.confidence, r.id
SKIP $position LIMIT 1
RETURN -r.confidence AS key, r.id AS id
