// Creates documents the graph does not hold yet (the loader read their ids first; the unique constraint guards the rest).
// :param rows => [{id: 'doc-1', props: {title: 'A title', publishedAt: date('2025-02-13'), url: null, publisher: null, text: 'Full text', references: [], contentHash: 'ab12'}}]
UNWIND $rows AS row
CREATE (d:Document {id: row.id})
SET d += row.props, d.createdAt = datetime.transaction()
RETURN count(*) AS written
