// Upserts documents with their full text; `existing` lists the ones that were already in the graph.
// :param rows => [{id: 'doc-1', props: {title: 'A title', publishedAt: date('2025-02-13'), url: null, publisher: null, text: 'Full text', references: []}}]
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
  ON CREATE SET d.createdAt = datetime.transaction()
WITH d, row, properties(d) AS before
SET d += row.props
RETURN
  count(*) AS written,
  count(CASE WHEN d.createdAt = datetime.transaction() THEN 1 END) AS created,
  count(CASE WHEN d.createdAt <> datetime.transaction() AND before <> properties(d) THEN 1 END) AS updated,
  collect(CASE WHEN d.createdAt <> datetime.transaction() THEN d.id END) AS existing
