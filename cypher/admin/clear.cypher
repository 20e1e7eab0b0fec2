// Deletes everything in the graph (constraints and indexes stay). Used by the tests between cases.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
