// Topics by id (batched).
// :param ids => ['ukraine-nato-membership']
MATCH (t:Topic)
WHERE t.id IN $ids
RETURN t {.id, .name, .description} AS topic
