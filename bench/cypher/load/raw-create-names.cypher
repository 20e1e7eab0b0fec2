// The loading floor, registry: each distinct name key once, linked to the actors known by it.
// :param rows => [{key: 'ada x', actorIds: ['a-1']}]
UNWIND $rows AS row
CREATE (n:ActorName {key: row.key})
WITH n, row
UNWIND row.actorIds AS id
MATCH (a:Actor {id: id})
CREATE (a)-[:KNOWN_AS]->(n)
RETURN count(*) AS written
