// Which of the listed relation and stance ids the graph already holds (a new document's assertion may have moved from another document).
// The hints keep the unique-id index seeks: a plan made while the graph held few relations scanned them all for each id, and
// was cached while the load added thousands (13.6 s for three statements of ~4 000 ids at S).
// :param relationIds => ['rel-trump-called-zelensky']
// :param stanceIds => ['stance-hegseth-ukraine-nato-membership']
CALL () {
  UNWIND $relationIds AS id
  MATCH ()-[r:RELATION {id: id}]->()
  USING INDEX r:RELATION(id)
  RETURN collect(r.id) AS relationIds
}
CALL () {
  UNWIND $stanceIds AS id
  MATCH ()-[s:STANCE {id: id}]->()
  USING INDEX s:STANCE(id)
  RETURN collect(s.id) AS stanceIds
}
RETURN relationIds, stanceIds
