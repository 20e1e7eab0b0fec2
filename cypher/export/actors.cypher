// A page of actors as export nodes, in id order after the cursor (keyset paging: every page is an
// index range seek, however deep).
// :param after => ''
// :param limit => 1000
MATCH (a:Actor)
WHERE a.id > $after
RETURN a.id AS id, a.name AS label, 'ACTOR' AS nodeType, a.kind AS kind
ORDER BY a.id
LIMIT $limit
