// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates each actor's HAS_ROLE relationships to the organizations (actors) it holds a title in.
// :param rows => [{key: 'rubio', links: [{to: 'us-government', props: {title: 'Secretary of State'}}]}]
UNWIND $rows AS row
MATCH (n:Actor {id: row.key})
UNWIND row.links AS link
MATCH (m:Actor {id: link.to})
CREATE (n)-[r:HAS_ROLE]->(m)
SET r = link.props
