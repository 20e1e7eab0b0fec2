// The actors several topics are about (batched).
// :param ids => ['ukraine-nato-membership']
MATCH (t:Topic)-[:CONCERNS]->(a:Actor)
WHERE t.id IN $ids
RETURN t.id AS topicId, a.id AS actorId
ORDER BY topicId, a.name
