// A page of topics as export nodes, in id order after the cursor (keyset paging).
// :param after => ''
// :param limit => 1000
MATCH (t:Topic)
WHERE t.id > $after
RETURN t.id AS id, t.name AS label, 'TOPIC' AS nodeType, '' AS kind
ORDER BY t.id
LIMIT $limit
