// CYPHER export script statement (src/export/cypherScript.ts puts the rows in as a literal list):
// creates lowercased names (ActorName nodes) with their properties.
// :param rows => [{props: {key: 'donald trump'}, links: []}]
UNWIND $rows AS row
CREATE (n:ActorName)
SET n = row.props
