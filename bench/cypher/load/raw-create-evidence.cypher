// The loading floor: quotes written with CREATE and linked to their document, many per statement.
// :param rows => [{id: 'r-1@d-1:0-5', documentId: 'd-1', props: {quote: 'Hello', start: 0, end: 5}}]
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
CREATE (e:Evidence {id: row.id})-[:QUOTED_IN]->(d)
SET e += row.props
RETURN count(*) AS written
