// Replaces each listed actor's roles (a title held in an organization, itself an actor).
// :param rows => [{actorId: 'rubio', roles: [{title: 'Secretary of State', organization: 'us-government'}]}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
CALL (a) {
  MATCH (a)-[old:HAS_ROLE]->()
  DELETE old
}
CALL (a, row) {
  UNWIND row.roles AS role
  MATCH (org:Actor {id: role.organization})
  CREATE (a)-[:HAS_ROLE {title: role.title}]->(org)
}
RETURN count(*) AS written
