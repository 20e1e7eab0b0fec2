// Actors by id (batched by the per-request actor loader).
// :param ids => ['trump', 'putin']
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {.id, .name, .kind, .aliases, .wikidataId, .description} AS actor
