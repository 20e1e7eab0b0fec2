// CYPHER export: a page of documents (with their full text) in id order, every property as
// [name, Cypher type, value].
// :param after => ''
// :param limit => 100
MATCH (n:Document)
WHERE n.id > $after
RETURN n.id AS key, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props, [] AS links
ORDER BY n.id
LIMIT $limit
