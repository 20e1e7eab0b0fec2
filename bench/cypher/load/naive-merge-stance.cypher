// The naive loader, one stance per statement.
// :param row => {id: 's-1', source: 'a-1', target: 't-1', props: {position: 'SUPPORTS'}}
MATCH (s:Actor {id: $row.source}), (t:Topic {id: $row.target})
MERGE (s)-[r:STANCE {id: $row.id}]->(t)
SET r += $row.props
RETURN count(*) AS written
