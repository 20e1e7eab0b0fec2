// The loading floor: documents written with CREATE, many per statement.
// :param rows => [{id: 'd-1', props: {title: 'T', text: 'x', publishedAt: date('2020-01-01')}}]
UNWIND $rows AS row
CREATE (d:Document {id: row.id})
SET d += row.props
RETURN count(*) AS written
