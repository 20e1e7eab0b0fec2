// Every node and relationship with its labels or type and properties; relationships name their
// ends by id (or key, for ActorName). src/db/dump.ts sorts this into a canonical text so two
// graphs compare equal exactly when they hold the same data.
MATCH (n)
RETURN 'node' AS kind, labels(n) AS labels, properties(n) AS props, null AS from, null AS to
UNION ALL
MATCH (a)-[r]->(b)
RETURN 'relationship' AS kind, [type(r)] AS labels, properties(r) AS props, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to
