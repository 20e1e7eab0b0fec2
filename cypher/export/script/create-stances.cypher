// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates STANCE relationships from actors to topics with their properties.
// :param rows => [{source: 'hegseth', target: 'ukraine-nato-membership', props: {id: 'stance-hegseth-ukraine-nato-membership', position: 'OPPOSES', polarity: 'NEUTRAL', confidence: 0.95}}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Topic {id: row.target})
CREATE (a)-[r:STANCE]->(b)
SET r = row.props
