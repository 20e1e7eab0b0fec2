// An actor, write-locked for the rest of the transaction (so two addAlias calls on the same
// actor cannot lose one another's alias); no row when there is no such actor.
// :param id => 'trump'
MATCH (a:Actor {id: $id})
SET a._lock = true
REMOVE a._lock
RETURN a {.id, .name, .kind, .aliases, .wikidataId, .description} AS actor
