// How many actors match kinds and a name/alias substring (the connection's totalCount).
// :param kinds => null
// :param search => 'tru'
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
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN count(a) AS total
