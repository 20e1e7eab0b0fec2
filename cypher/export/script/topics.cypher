// CYPHER export: a page of topics in id order, every property as [name, Cypher type, value], with
// the actors each CONCERNS (written with the topic, after every actor).
// :param after => ''
// :param limit => 1000
MATCH (n:Topic)
WHERE n.id > $after
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS key, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props,
  [(n)-[r:CONCERNS]->(m:Actor) | {to: m.id, props: [k IN keys(r) | [k, valueType(r[k]), r[k]]]}] AS links
ORDER BY key
