// CYPHER export: a page of actors in id order, every property as [name, Cypher type, value], with
// the names each is KNOWN_AS (written with the actor, after every ActorName).
// :param after => ''
// :param limit => 1000
MATCH (n:Actor)
WHERE n.id > $after
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS key, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props,
  [(n)-[r:KNOWN_AS]->(m:ActorName) | {to: m.key, props: [k IN keys(r) | [k, valueType(r[k]), r[k]]]}] AS links
ORDER BY key
