// Relations of several actors in one direction, optionally of some types (batched); retracted relations are left out.
// :param ids => ['trump']
// :param direction => 'BOTH'
// :param types => null
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
CALL (a) {
  MATCH (a)-[r:RELATION]->(other:Actor)
  WHERE $direction IN ['OUT', 'BOTH']
  RETURN r, a.id AS source, other.id AS target
UNION
  MATCH (a)<-[r:RELATION]-(other:Actor)
  WHERE $direction IN ['IN', 'BOTH']
  RETURN r, other.id AS source, a.id AS target
}
WITH actorId, r, source, target
WHERE r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types)
RETURN actorId, r {.*, source: source, target: target} AS relation
ORDER BY actorId, relation.confidence DESC, relation.id
