// A page of actors ordered by (name, id), after the cursor position, optionally filtered by kinds and by a name/alias substring.
// Fetches one more than asked so the caller knows whether a next page exists.
// :param kinds => null
// :param search => 'tru'
// :param afterName => null
// :param afterId => null
// :param limit => 21
CALL (){
  WITH toLower(trim($search)) AS needle
  WHERE needle IS NOT NULL
  MATCH (n:ActorName)<-[:KNOWN_AS]-(a:Actor)
  WHERE n.key CONTAINS needle
  RETURN DISTINCT a
UNION
  WITH $search AS search
  WHERE search IS NULL
  MATCH (a:Actor)
  RETURN a
}
WITH a
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
RETURN a {.id, .name, .kind, .aliases, .wikidataId, .description} AS actor
ORDER BY a.name, a.id
LIMIT $limit
