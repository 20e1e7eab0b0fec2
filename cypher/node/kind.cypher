// What an id names, for Query.node(id:) (the Node interface in schema.graphql): the kind, and for
// evidence its row (evidence/by-subject.cypher's shape), since no other statement reads a quote by
// its own id. Actors, topics and documents each have their own unique ids, so one id may name
// several kinds; the first in the order Actor, Topic, Document, Relation, Stance, Evidence answers.
// :param id => 'trump'
CALL () {
  MATCH (a:Actor {id: $id})
  RETURN 1 AS rank, 'Actor' AS kind, null AS evidence
UNION ALL
  MATCH (t:Topic {id: $id})
  RETURN 2 AS rank, 'Topic' AS kind, null AS evidence
UNION ALL
  MATCH (d:Document {id: $id})
  RETURN 3 AS rank, 'Document' AS kind, null AS evidence
UNION ALL
  MATCH ()-[r:RELATION {id: $id}]->()
  RETURN 4 AS rank, 'Relation' AS kind, null AS evidence
UNION ALL
  MATCH ()-[s:STANCE {id: $id}]->()
  RETURN 5 AS rank, 'Stance' AS kind, null AS evidence
UNION ALL
  MATCH (e:Evidence {id: $id})
  RETURN 6 AS rank, 'Evidence' AS kind,
    e {.id, .subjectId, .documentId, .quote, .start, .end} AS evidence
}
RETURN kind, evidence
ORDER BY rank
LIMIT 1
