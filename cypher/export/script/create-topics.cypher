// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates topics with their properties, each CONCERNS its actors (created before it).
// :param rows => [{props: {id: 'ukraine-nato-membership', name: 'Ukraine’s NATO membership'}, links: [{to: 'ukraine', props: {}}]}]
UNWIND $rows AS row
CREATE (n:Topic)
SET n = row.props
WITH n, row
UNWIND row.links AS link
MATCH (m:Actor {id: link.to})
CREATE (n)-[r:CONCERNS]->(m)
SET r = link.props
