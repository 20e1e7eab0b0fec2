// The naive loader, one document per statement.
// :param row => {id: 'd-1', props: {title: 'T', text: 'x'}}
MERGE (d:Document {id: $row.id})
SET d += $row.props
RETURN count(*) AS written
