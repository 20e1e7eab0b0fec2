// The actor whose canonical name or an alias equals $name, ignoring case; the first by id when several share it.
// :param name => 'President Trump'
MATCH (:ActorName {key: toLower(trim($name))})<-[:KNOWN_AS]-(a:Actor)
RETURN a {.id, .name, .kind, .aliases, .wikidataId, .description} AS actor
ORDER BY a.id
LIMIT 1
