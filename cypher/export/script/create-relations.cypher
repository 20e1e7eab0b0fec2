// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates RELATION relationships between actors with their properties.
// :param rows => [{source: 'trump', target: 'zelensky', props: {id: 'rel-trump-called-zelensky', type: 'CALLED', polarity: 'NEUTRAL', confidence: 0.95, effectiveDate: date('2025-02-13')}}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
CREATE (a)-[r:RELATION]->(b)
SET r = row.props
