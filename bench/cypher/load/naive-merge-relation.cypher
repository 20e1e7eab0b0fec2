// The naive loader, one relation per statement: MERGE between the two actors by id.
// :param row => {id: 'r-1', source: 'a-1', target: 'a-2', props: {type: 'CALLED'}}
MATCH (s:Actor {id: $row.source}), (t:Actor {id: $row.target})
MERGE (s)-[r:RELATION {id: $row.id}]->(t)
SET r += $row.props
RETURN count(*) AS written
