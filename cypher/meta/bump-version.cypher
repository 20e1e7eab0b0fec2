// Counts every committed change to the graph (loads and mutations run it in their transaction), so
// caches such as rankings know when to recompute, on every API replica. A new counter starts at the
// clock in milliseconds, not at 0, so a database emptied and written again never returns to a version
// it had before: a cache that outlived the wipe cannot take the new graph for the old one.
MERGE (m:GraphMeta {id: 'graph'})
  ON CREATE SET m.version = timestamp()
SET m.version = m.version + 1, m.changedAt = datetime.transaction()
RETURN m.version AS version
