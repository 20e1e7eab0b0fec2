// Creates evidence quotes of documents new to the graph (an evidence id holds its document's id, so none can exist yet) and links each to its document.
// :param rows => [{id: 'rel-1@doc-1:0-5', documentId: 'doc-1', props: {subjectId: 'rel-1', documentId: 'doc-1', quote: 'Hello', start: 0, end: 5, origin: 'dataset'}}]
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
CREATE (e:Evidence {id: row.id})-[:QUOTED_IN]->(d)
SET e += row.props, e.createdAt = datetime.transaction()
RETURN count(*) AS written
