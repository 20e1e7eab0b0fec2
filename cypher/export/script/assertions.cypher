// CYPHER export: a page of RELATION or STANCE relationships in id order, retracted ones included
// (the script carries everything), every property as [name, Cypher type, value].
// One statement per assertion kind: src/store/kinds.ts writes in the relationship type and the
// target label (RELATION → Actor for a relation, STANCE → Topic for a stance), so it is planned on
// indexes; the two :param lines below run it here as it is, for a relation.
// :param assertionType => 'RELATION'
// :param targetLabel => 'Actor'
// :param after => ''
// :param limit => 1000
MATCH (a:Actor)-[r:$($assertionType)]->(b:$($targetLabel))
WHERE r.id > $after
WITH a, r, b
ORDER BY r.id
LIMIT $limit
RETURN r.id AS key, a.id AS source, b.id AS target, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props
ORDER BY key
