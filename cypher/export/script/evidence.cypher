// CYPHER export: a page of evidence quotes in id order, every property as [name, Cypher type,
// value], with the document each is QUOTED_IN (written with the quote, after every document).
// :param after => ''
// :param limit => 1000
MATCH (n:Evidence)
WHERE n.id > $after
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS key, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props,
  [(n)-[r:QUOTED_IN]->(m:Document) | {to: m.id, props: [k IN keys(r) | [k, valueType(r[k]), r[k]]]}] AS links
ORDER BY key
