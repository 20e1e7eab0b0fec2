// Every shortest chain of relations from one actor to another within $maxHops (1–6), following relations
// OUT (source to target), IN (against) or BOTH ways, optionally only of some types; retracted
// relations are never followed. With $includeRoles, a hop may also go
// from an office holder to the organization (HAS_ROLE), either way. The search is bounded at 6 hops; longer results are dropped.
// :param fromId => 'hegseth'
// :param toId => 'zelensky'
// :param maxHops => 4
// :param direction => 'BOTH'
// :param types => null
// :param includeRoles => true
// :param limit => 25
MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
WHERE a <> b
CALL (a, b) {
  WITH a, b WHERE $direction = 'OUT'
  MATCH p = allShortestPaths((a)-[:RELATION|HAS_ROLE*..6]->(b))
  WHERE all(r IN relationships(p) WHERE
    CASE type(r) WHEN 'HAS_ROLE' THEN $includeRoles
    ELSE r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types) END)
  RETURN p
UNION
  WITH a, b WHERE $direction = 'IN'
  MATCH p = allShortestPaths((a)<-[:RELATION|HAS_ROLE*..6]-(b))
  WHERE all(r IN relationships(p) WHERE
    CASE type(r) WHEN 'HAS_ROLE' THEN $includeRoles
    ELSE r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types) END)
  RETURN p
UNION
  WITH a, b WHERE $direction = 'BOTH'
  MATCH p = allShortestPaths((a)-[:RELATION|HAS_ROLE*..6]-(b))
  WHERE all(r IN relationships(p) WHERE
    CASE type(r) WHEN 'HAS_ROLE' THEN $includeRoles
    ELSE r.retractedAt IS NULL AND ($types IS NULL OR r.type IN $types) END)
  RETURN p
}
WITH p
WHERE length(p) <= $maxHops
RETURN
  [n IN nodes(p) | n.id] AS actorIds,
  [n IN nodes(p) | n {.id, .name, .kind, .aliases, .wikidataId, .description}] AS actors,
  [r IN relationships(p) | CASE type(r)
    WHEN 'RELATION' THEN {relation: r {.id, .type, .polarity, .confidence, .date, .validFrom, .validTo, .details, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, source: startNode(r).id, target: endNode(r).id}}
    ELSE {role: {holderId: startNode(r).id, title: r.title, organizationId: endNode(r).id}}
  END] AS steps
LIMIT $limit
