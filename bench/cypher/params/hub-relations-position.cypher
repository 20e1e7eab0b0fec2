// Parameters: the keyset position of the relation at $position among an actor's outgoing
// relations of some types, at least $minConfidence confident, most confident first.
// :param id => 'a-0001'
// :param types => ['CRITICIZES']
// :param minConfidence => 0.5
// :param position => 500
MATCH (:Actor {id: $id})-[r:RELATION]->()
WHERE r.type IN $types AND r.confidence >= $minConfidence AND r.retractedAt IS NULL
WITH r ORDER BY -r.confidence, r.id
SKIP $position LIMIT 1
RETURN -r.confidence AS key, r.id AS id, $position AS position
