// Counts every committed change to the graph (loads and mutations run it in their transaction), so
// caches such as rankings know when to recompute, on every API replica.
MERGE (m:GraphMeta {id: 'graph'})
  ON CREATE SET m.version = 0
SET m.version = m.version + 1, m.changedAt = datetime.transaction()
RETURN m.version AS version
