// Every stance an actor has taken on a topic, retracted ones included, oldest first.
// :param actorId => 'hegseth'
// :param topicId => 'ukraine-nato-membership'
MATCH (a:Actor {id: $actorId})-[s:STANCE]->(t:Topic {id: $topicId})
RETURN s {.*, actor: a.id, topic: t.id} AS stance
ORDER BY s.effectiveDate, s.createdAt, s.id
