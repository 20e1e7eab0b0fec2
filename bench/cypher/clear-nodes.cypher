// Empties the graph between loading contenders: the nodes, once their relationships are gone.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 20000 ROWS
