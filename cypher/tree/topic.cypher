// One topic with as much of its tree as the request selects, in one statement: its stances (as
// topic/stances.cypher lists them) with their holders, the actors it concerns (as
// topic/concerns.cypher), the evidence of the stances (as evidence/by-subject.cypher orders it) and
// the documents quoted (the text only $withText). The $with… flags skip what is not selected.
// No row when no topic has the id.
// :param id => 'ukraine-nato-membership'
// :param withStances => true
// :param withConcerns => true
// :param withEvidence => false
// :param withDocuments => false
// :param withText => false
MATCH (t:Topic {id: $id})
CALL (t) {
  WITH t WHERE $withStances
  MATCH (a:Actor)-[s:STANCE]->(t)
  WHERE s.retractedAt IS NULL
  WITH a, s
  ORDER BY s.position, a.name, s.id
  RETURN collect({
    stance: s {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note,
      .method, .effectiveDate, .retractedAt, .retractedBy, .retractionReason,
      actor: a.id, topic: t.id},
    holder: a {.id, .name, .kind, .aliases, .wikidataId, .description}
  }) AS stances
}
CALL (t) {
  WITH t WHERE $withConcerns
  MATCH (t)-[:CONCERNS]->(a:Actor)
  WITH a
  ORDER BY a.name
  RETURN collect(a {.id, .name, .kind, .aliases, .wikidataId, .description}) AS concerns
}
WITH t, coalesce(stances, []) AS stances, coalesce(concerns, []) AS concerns
CALL (stances) {
  UNWIND CASE WHEN $withEvidence THEN [x IN stances | x.stance.id] ELSE [] END AS subjectId
  MATCH (e:Evidence {subjectId: subjectId})
  WITH e
  ORDER BY e.documentId, e.start, e.end
  RETURN collect(e {.id, .subjectId, .documentId, .quote, .start, .end}) AS evidence
}
CALL (evidence) {
  UNWIND CASE WHEN $withDocuments THEN evidence ELSE [] END AS e
  WITH DISTINCT e.documentId AS documentId
  MATCH (d:Document {id: documentId})
  RETURN collect(d {.id, .title, .publishedAt, .url, .publisher, .references,
    text: CASE WHEN $withText THEN d.text END}) AS documents
}
RETURN t {.id, .name, .description} AS topic, stances, concerns, evidence, documents
