// Empties the graph between loading contenders, relationships first (cheap batches even for hubs).
MATCH ()-[r]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 20000 ROWS
