// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates actors with their properties, each KNOWN_AS its names (created before it).
// :param rows => [{props: {id: 'trump', name: 'Donald Trump', kind: 'PERSON', aliases: ['Trump']}, links: [{to: 'donald trump', props: {}}]}]
UNWIND $rows AS row
CREATE (n:Actor)
SET n = row.props
WITH n, row
UNWIND row.links AS link
MATCH (m:ActorName {key: link.to})
CREATE (n)-[r:KNOWN_AS]->(m)
SET r = link.props
