// Records, at the end of a load, the hash of the registry the graph now holds, the digest of the
// files it read (JSON, src/load/corpusState.ts) and the change counter the load left, but only if
// nothing else changed the graph meanwhile (the counter is still the one the load's own last change
// produced). Null registryHash: the registry is not known; null corpus: the files are not known.
// :param version => 1733140000001
// :param registryHash => 'ab12'
// :param corpus => null
MATCH (m:GraphMeta {id: 'graph'})
WHERE m.version = $version
SET m.loadedRegistry = $registryHash, m.loadedCorpus = $corpus, m.loadedVersion = $version
RETURN count(m) AS recorded
