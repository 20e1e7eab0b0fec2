// The loading floor: relations written with CREATE between actors found by id, many per statement.
// :param rows => [{id: 'r-1', source: 'a-1', target: 'a-2', props: {type: 'CALLED', effectiveDate: date('2020-01-01')}}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
CREATE (s)-[r:RELATION {id: row.id}]->(t)
SET r += row.props
RETURN count(*) AS written
