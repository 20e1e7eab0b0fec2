// The roles of several actors (batched).
// :param ids => ['rubio', 'vance']
MATCH (a:Actor)-[r:HAS_ROLE]->(org:Actor)
WHERE a.id IN $ids
RETURN a.id AS actorId, r.title AS title, org.id AS organizationId
ORDER BY actorId, title
