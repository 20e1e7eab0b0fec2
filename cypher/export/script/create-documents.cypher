// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates documents with their properties.
// :param rows => [{props: {id: 'doc-1', title: 'A title', publishedAt: date('2025-02-13'), text: 'Full text', references: []}, links: []}]
UNWIND $rows AS row
CREATE (n:Document)
SET n = row.props
