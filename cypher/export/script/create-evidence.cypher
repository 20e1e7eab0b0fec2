// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates evidence quotes with their properties, each QUOTED_IN its document (created before it).
// :param rows => [{props: {id: 'rel-1@doc-1:0-4', subjectId: 'rel-1', documentId: 'doc-1', quote: 'Full', start: 0, end: 4, origin: 'dataset'}, links: [{to: 'doc-1', props: {}}]}]
UNWIND $rows AS row
CREATE (n:Evidence)
SET n = row.props
WITH n, row
UNWIND row.links AS link
MATCH (m:Document {id: link.to})
CREATE (n)-[r:QUOTED_IN]->(m)
SET r = link.props
