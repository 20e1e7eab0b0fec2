// Parameters: name keys (lowercased aliases) that belong to exactly one actor, spread over the id range.
// :param count => 20
MATCH (n:ActorName)<-[:KNOWN_AS]-(a:Actor)
WITH n, collect(a.id) AS ids
WHERE size(ids) = 1 AND n.key <> toLower(ids[0])
WITH n.key AS key ORDER BY key
WITH collect(key) AS keys
UNWIND range(0, $count - 1) AS i
RETURN keys[toInteger(i * size(keys) / $count)] AS key
