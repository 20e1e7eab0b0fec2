// Every topic, by name.
MATCH (t:Topic)
RETURN t {.id, .name, .description} AS topic
ORDER BY t.name, t.id
