// How many nodes hold data (the change counter's GraphMeta node does not count): `load --bulk`
// imports only into an empty database.
MATCH (n)
WHERE NOT n:GraphMeta
RETURN count(n) AS nodes
