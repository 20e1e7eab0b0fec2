// Which of the ids a load references but does not define are already in the graph (with document texts, to check quotes).
// :param actorIds => ['trump']
// :param topicIds => ['ukraine-nato-membership']
// :param documentIds => ['trump-putin-call-2025-02']
CALL () {
  UNWIND $actorIds AS id
  MATCH (a:Actor {id: id})
  RETURN collect(a.id) AS actorIds
}
CALL () {
  UNWIND $topicIds AS id
  MATCH (t:Topic {id: id})
  RETURN collect(t.id) AS topicIds
}
CALL () {
  UNWIND $documentIds AS id
  MATCH (d:Document {id: id})
  RETURN collect({id: d.id, text: d.text}) AS documents
}
RETURN actorIds, topicIds, documents
