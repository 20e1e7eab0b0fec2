// The topics the given actors take a stance on (retracted stances left out), as export nodes in
// id order: the topics of a subgraph export.
// :param ids => ['hegseth', 'zelensky']
UNWIND $ids AS id
MATCH (:Actor {id: id})-[s:STANCE]->(t:Topic)
WHERE s.retractedAt IS NULL
WITH DISTINCT t
RETURN t.id AS id, t.name AS label, 'TOPIC' AS nodeType, '' AS kind
ORDER BY t.id
