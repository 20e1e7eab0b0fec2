// The network around an actor: actors within $depth (1–3) relation hops either way, every relation
// among them, their stances and those stances' topics — each node and edge once. Hops are expanded
// one at a time (a variable-length bound cannot be a parameter), skipping hops past $depth; each
// hop stops after $maxActors new actors, so a hub nearby cannot make the expansion unbounded.
// Relations followed and returned pass the type and confidence filters; retracted ones never do.
// Stances and topics are read only $withStances (the resolver sets it when they are selected).
// :param actorId => 'zelensky'
// :param depth => 2
// :param types => null
// :param minConfidence => null
// :param maxActors => 500
// :param withStances => true
MATCH (center:Actor {id: $actorId})
CALL (center) {
  MATCH (center)-[r:RELATION]-(n:Actor)
  WHERE r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types)
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  WITH DISTINCT n
  LIMIT $maxActors
  RETURN collect(n) AS hop1
}
CALL (center, hop1) {
  WITH center, hop1 WHERE $depth >= 2
  UNWIND hop1 AS m
  MATCH (m)-[r:RELATION]-(n:Actor)
  WHERE n <> center AND r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types)
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND NOT n IN hop1
  WITH DISTINCT n
  LIMIT $maxActors
  RETURN collect(n) AS hop2
}
CALL (center, hop1, hop2) {
  WITH center, hop1, hop2 WHERE $depth >= 3
  UNWIND hop2 AS m
  MATCH (m)-[r:RELATION]-(n:Actor)
  WHERE n <> center AND r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types)
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    AND NOT n IN hop1 AND NOT n IN hop2
  WITH DISTINCT n
  LIMIT $maxActors
  RETURN collect(n) AS hop3
}
WITH center, ([center] + hop1 + hop2 + hop3)[0..$maxActors] AS actors
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[r:RELATION]->(b:Actor)
  WHERE b IN actors AND r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types)
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  RETURN collect(r {.id, .type, .polarity, .confidence, .date, .validFrom, .validTo, .details, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, source: a.id, target: b.id}) AS relations
}
CALL (actors) {
  UNWIND CASE WHEN $withStances THEN actors ELSE [] END AS a
  MATCH (a)-[s:STANCE]->(t:Topic)
  WHERE s.retractedAt IS NULL
  RETURN collect(s {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, actor: a.id, topic: t.id}) AS stances, collect(DISTINCT t {.id, .name, .description}) AS topics
}
RETURN
  center {.id, .name, .kind, .aliases, .wikidataId, .description} AS center,
  [a IN actors | a {.id, .name, .kind, .aliases, .wikidataId, .description}] AS actors,
  relations, stances, topics
