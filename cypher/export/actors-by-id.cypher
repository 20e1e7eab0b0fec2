// The actors with the given ids as export nodes, in id order; ids that match no actor give no row
// (the caller names them).
// :param ids => ['trump', 'zelensky']
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS label, 'ACTOR' AS nodeType, a.kind AS kind
ORDER BY a.id
