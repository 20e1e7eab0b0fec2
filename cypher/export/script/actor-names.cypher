// CYPHER export: a page of ActorName nodes (the lowercased names actors are looked up by) in key
// order, every property as [name, Cypher type, value] so the script can write it with its type.
// :param after => ''
// :param limit => 1000
MATCH (n:ActorName)
WHERE n.key > $after
RETURN n.key AS key, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props, [] AS links
ORDER BY n.key
LIMIT $limit
