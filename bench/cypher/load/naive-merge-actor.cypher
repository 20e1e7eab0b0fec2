// The naive loader, one actor per statement: MERGE by id, set properties, MERGE each name.
// :param row => {id: 'a-1', names: ['ada x'], props: {name: 'Ada X', kind: 'PERSON', aliases: []}}
MERGE (a:Actor {id: $row.id})
SET a += $row.props
WITH a
UNWIND $row.names AS key
MERGE (n:ActorName {key: key})
MERGE (a)-[:KNOWN_AS]->(n)
RETURN count(*) AS written
