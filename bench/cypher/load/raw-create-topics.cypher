// The loading floor, registry: topics written with CREATE.
// :param rows => [{id: 't-1', props: {name: 'A topic', description: null}}]
UNWIND $rows AS row
CREATE (t:Topic {id: row.id})
SET t += row.props
RETURN count(*) AS written
