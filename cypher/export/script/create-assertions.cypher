// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates RELATION relationships between actors, or STANCE relationships from actors to topics,
// with their properties.
// One statement per assertion kind: src/store/kinds.ts writes in the relationship type and the
// target label (RELATION → Actor for a relation, STANCE → Topic for a stance), so it is planned on
// indexes; the two :param lines below run it here as it is, for a relation.
// :param assertionType => 'RELATION'
// :param targetLabel => 'Actor'
// :param rows => [{source: 'trump', target: 'zelensky', props: {id: 'rel-trump-called-zelensky', type: 'CALLED', polarity: 'NEUTRAL', confidence: 0.95, effectiveDate: date('2025-02-13')}}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:$($targetLabel) {id: row.target})
CREATE (a)-[r:$($assertionType)]->(b)
SET r = row.props
