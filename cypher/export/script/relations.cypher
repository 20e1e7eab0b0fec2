// CYPHER export: a page of RELATION relationships in id order, retracted ones included (the script
// carries everything), every property as [name, Cypher type, value].
// :param after => ''
// :param limit => 1000
MATCH (a:Actor)-[r:RELATION]->(b:Actor)
WHERE r.id > $after
WITH a, r, b
ORDER BY r.id
LIMIT $limit
RETURN r.id AS key, a.id AS source, b.id AS target, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props
ORDER BY key
