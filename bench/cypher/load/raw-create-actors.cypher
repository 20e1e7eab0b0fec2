// The loading floor, registry: actors written with CREATE (no MERGE, no checks).
// :param rows => [{id: 'a-1', props: {name: 'Ada X', kind: 'PERSON', aliases: []}}]
UNWIND $rows AS row
CREATE (a:Actor {id: row.id})
SET a += row.props
RETURN count(*) AS written
