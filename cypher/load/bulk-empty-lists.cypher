// After `load --bulk`: the importer's CSV cannot say "an empty list" (an empty cell is no property),
// while the transactional loader stores empty lists; this sets the lists the loader always writes.
CALL () {
  MATCH (a:Actor)
  WHERE a.aliases IS NULL
  SET a.aliases = []
}
CALL () {
  MATCH (d:Document)
  WHERE d.references IS NULL
  SET d.references = []
}
CALL () {
  MATCH ()-[r:RELATION|STANCE]->()
  WHERE r.documentIds IS NULL
  SET r.documentIds = []
}
