// The naive loader, one quote per statement.
// :param row => {id: 'r-1@d-1:0-5', documentId: 'd-1', props: {quote: 'Hello'}}
MATCH (d:Document {id: $row.documentId})
MERGE (e:Evidence {id: $row.id})
SET e += $row.props
MERGE (e)-[:QUOTED_IN]->(d)
RETURN count(*) AS written
