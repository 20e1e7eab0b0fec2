// One actor (by $id or by $name, as actor/by-id and actor/by-name find it) with as much of its tree as
// the request selects, in one statement: its relations (as actor/relations.cypher lists them, with the
// other end), its stances (as actor/stances.cypher) with their topics, the evidence of both (as
// evidence/by-subject.cypher orders it) and the documents quoted (the text only $withText).
// At most $first relations (the stances are few per actor; the resolver bounds them). The $with…
// flags skip what is not selected; with $leanRelations a relation is its id, type, polarity, confidence and
// ends only (src/graphql/tree/lean.ts decides). No row when no actor matches.
// :param id => 'trump'
// :param name => null
// :param direction => 'BOTH'
// :param types => null
// :param first => 100
// :param withRelations => true
// :param withStances => true
// :param withEvidence => true
// :param withDocuments => true
// :param withText => false
// :param leanRelations => false
CALL () {
  MATCH (a:Actor {id: $id})
  RETURN a
UNION
  MATCH (:ActorName {key: toLower(trim($name))})<-[:KNOWN_AS]-(a:Actor)
  WHERE $id IS NULL
  RETURN a
  ORDER BY a.id
  LIMIT 1
}
CALL (a) {
  WITH a WHERE $withRelations
  CALL (a) {
    MATCH (a)-[r:RELATION]->(other:Actor)
    WHERE $direction IN ['OUT', 'BOTH']
    RETURN r, a.id AS source, other.id AS target, other
  UNION
    MATCH (a)<-[r:RELATION]-(other:Actor)
    WHERE $direction IN ['IN', 'BOTH']
    RETURN r, other.id AS source, a.id AS target, other
  }
  WITH r, source, target, other
  WHERE r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types)
  WITH r, source, target, other
  ORDER BY r.confidence DESC, r.id
  LIMIT $first
  RETURN collect({
    relation: CASE WHEN $leanRelations
      THEN r {.id, .type, .polarity, .confidence, source: source, target: target}
      ELSE r {.id, .type, .polarity, .confidence, .date, .validFrom, .validTo, .details, .note,
        .method, .effectiveDate, .retractedAt, .retractedBy, .retractionReason,
        source: source, target: target}
    END,
    other: other {.id, .name, .kind, .aliases, .wikidataId, .description}
  }) AS relations
}
CALL (a) {
  WITH a WHERE $withStances
  MATCH (a)-[s:STANCE]->(t:Topic)
  WHERE s.retractedAt IS NULL
  WITH s, t
  ORDER BY t.name, s.id
  RETURN collect({
    stance: s {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note,
      .method, .effectiveDate, .retractedAt, .retractedBy, .retractionReason,
      actor: a.id, topic: t.id},
    topic: t {.id, .name, .description}
  }) AS stances
}
WITH a, coalesce(relations, []) AS relations, coalesce(stances, []) AS stances
CALL (relations, stances) {
  UNWIND CASE WHEN $withEvidence
    THEN [x IN relations | x.relation.id] + [x IN stances | x.stance.id] ELSE [] END AS subjectId
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
RETURN a {.id, .name, .kind, .aliases, .wikidataId, .description} AS actor,
  relations, stances, evidence, documents
