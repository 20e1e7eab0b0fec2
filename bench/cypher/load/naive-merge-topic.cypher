// The naive loader, one topic per statement.
// :param row => {id: 't-1', props: {name: 'A topic', description: null}}
MERGE (t:Topic {id: $row.id})
SET t += $row.props
RETURN count(*) AS written
