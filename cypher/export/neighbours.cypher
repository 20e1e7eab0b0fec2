// The actors one relation away (either direction, retracted relations left out) from the given
// actors: one breadth-first step of a subgraph export.
// :param ids => ['zelensky']
UNWIND $ids AS id
MATCH (:Actor {id: id})-[r:RELATION]-(n:Actor)
WHERE r.retractedAt IS NULL
RETURN DISTINCT n.id AS id
