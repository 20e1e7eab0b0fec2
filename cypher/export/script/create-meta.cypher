// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates the GraphMeta node (the graph's change counter) with its properties.
// :param rows => [{props: {id: 'graph', version: 3, changedAt: datetime('2025-02-13T10:00:00Z')}, links: []}]
UNWIND $rows AS row
CREATE (n:GraphMeta)
SET n = row.props
