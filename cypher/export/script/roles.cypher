// CYPHER export: the HAS_ROLE relationships (a title held in an organization, itself an actor) of
// a page of actors in id order, written after every actor; properties as [name, Cypher type, value].
// :param after => ''
// :param limit => 1000
MATCH (n:Actor)
WHERE n.id > $after
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS key,
  [(n)-[r:HAS_ROLE]->(m:Actor) | {to: m.id, props: [k IN keys(r) | [k, valueType(r[k]), r[k]]]}] AS links
ORDER BY key
