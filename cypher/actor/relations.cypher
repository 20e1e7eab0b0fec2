// Relations of several actors in one direction, optionally of some types (batched); retracted relations are left out.
// :param ids => ['trump']
// :param direction => 'BOTH'
// :param types => null
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
CALL (a) {
  MATCH (a)-[r:RELATION]->(other:Actor)
  WHERE $direction IN ['OUT', 'BOTH']
  RETURN r, a.id AS source, other.id AS target, other
UNION
  MATCH (a)<-[r:RELATION]-(other:Actor)
  WHERE $direction IN ['IN', 'BOTH']
  RETURN r, other.id AS source, a.id AS target, other
}
WITH actorId, r, source, target, other
WHERE r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types)
// The other end comes along, so a request for the relations' ends costs no second statement.
RETURN actorId, r {.id, .type, .polarity, .confidence, .date, .validFrom, .validTo, .details, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, source: source, target: target} AS relation,
  other {.id, .name, .kind, .aliases, .wikidataId, .description} AS other
ORDER BY actorId, relation.confidence DESC, relation.id
