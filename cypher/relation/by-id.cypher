// Relations by id, retracted or not (batched).
// :param ids => ['rel-trump-called-zelensky']
MATCH (s:Actor)-[r:RELATION]->(t:Actor)
WHERE r.id IN $ids
RETURN r {.*, source: s.id, target: t.id} AS relation
