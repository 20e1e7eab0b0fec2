// Floor for "a topic's positions": the topic and who supports, opposes or worries about it.
// :param id => 't-01'
MATCH (t:Topic {id: $id})
OPTIONAL MATCH (a:Actor)-[s:STANCE]->(t)
WHERE s.retractedAt IS NULL
RETURN t {.id, .name} AS topic, collect({id: a.id, name: a.name, position: s.position}) AS positions
