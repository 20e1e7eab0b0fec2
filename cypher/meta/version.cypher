// The graph's change counter (0 before the first write).
OPTIONAL MATCH (m:GraphMeta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version
