// Parameters: the actor with the most outgoing relations, and how many it has.
MATCH (a:Actor)
WITH a, COUNT { (a)-[:RELATION]->() } AS degree
ORDER BY degree DESC, a.id
LIMIT 1
RETURN a.id AS id, degree
