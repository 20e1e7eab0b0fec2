// Stances by id, retracted or not (batched).
// :param ids => ['stance-hegseth-ukraine-nato-membership']
MATCH (a:Actor)-[s:STANCE]->(t:Topic)
WHERE s.id IN $ids
RETURN s {.*, actor: a.id, topic: t.id} AS stance
