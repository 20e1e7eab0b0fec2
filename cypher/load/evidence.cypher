// Upserts evidence quotes and links each to the document it quotes.
// :param rows => [{id: 'rel-1@doc-1:0-5', documentId: 'doc-1', props: {subjectId: 'rel-1', documentId: 'doc-1', quote: 'Hello', start: 0, end: 5, origin: 'dataset'}}]
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (e:Evidence {id: row.id})
  ON CREATE SET e.createdAt = datetime.transaction()
WITH e, d, row, properties(e) AS before
SET e += row.props
MERGE (e)-[:QUOTED_IN]->(d)
RETURN
  count(*) AS written,
  count(CASE WHEN e.createdAt = datetime.transaction() THEN 1 END) AS created,
  count(CASE WHEN e.createdAt <> datetime.transaction() AND before <> properties(e) THEN 1 END) AS updated
