// The stances behind a stance matrix: for each chosen topic (all when $topicIds is null), the
// current stances of the chosen actors (all when $actorIds is null) on it.
// :param topicIds => null
// :param actorIds => null
MATCH (t:Topic)
WHERE $topicIds IS NULL OR t.id IN $topicIds
OPTIONAL MATCH (a:Actor)-[s:STANCE]->(t)
WHERE s.retractedAt IS NULL AND ($actorIds IS NULL OR a.id IN $actorIds)
WITH t, s, a
ORDER BY t.name, t.id
RETURN t {.id, .name, .description} AS topic, collect(s {.*, actor: a.id, topic: t.id}) AS stances
