// The loading floor: stances written with CREATE, many per statement.
// :param rows => [{id: 's-1', source: 'a-1', target: 't-1', props: {position: 'SUPPORTS'}}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Topic {id: row.target})
CREATE (s)-[r:STANCE {id: row.id}]->(t)
SET r += row.props
RETURN count(*) AS written
