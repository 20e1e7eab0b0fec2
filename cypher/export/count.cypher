// What a whole-graph export holds (stancegraph export, Query.export): actors and topics (the
// nodes), relations and stances not retracted (the edges), and every node and relationship in the
// database (what the CYPHER script recreates).
RETURN
  COUNT { MATCH (:Actor) } AS actors,
  COUNT { MATCH (:Topic) } AS topics,
  COUNT { MATCH ()-[r:RELATION]->() WHERE r.retractedAt IS NULL } AS relations,
  COUNT { MATCH ()-[s:STANCE]->() WHERE s.retractedAt IS NULL } AS stances,
  COUNT { MATCH (n) } AS allNodes,
  COUNT { MATCH ()-[]->() } AS allRelationships
