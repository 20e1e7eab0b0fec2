// What the last load recorded (cypher/meta/record-load.cypher) beside the change counter now: a
// reload skips the registry when its hash is the one recorded and nothing has changed the graph
// since (the counter still equals the recorded one), and skips reading the whole corpus when its
// files' digest is the one recorded (src/load/corpusState.ts).
OPTIONAL MATCH (m:GraphMeta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version, m.loadedRegistry AS registryHash,
  m.loadedVersion AS loadedVersion, m.loadedCorpus AS corpus
