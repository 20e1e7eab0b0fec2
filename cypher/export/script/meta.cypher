// CYPHER export: the GraphMeta nodes (the graph's change counter) in id order, every property as
// [name, Cypher type, value].
// :param after => ''
// :param limit => 1000
MATCH (n:GraphMeta)
WHERE n.id > $after
RETURN n.id AS key, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props, [] AS links
ORDER BY n.id
LIMIT $limit
