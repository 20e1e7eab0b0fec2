// Which of the listed relation and stance ids the graph already holds (a new document's assertion may have moved from another document).
// :param relationIds => ['rel-trump-called-zelensky']
// :param stanceIds => ['stance-hegseth-ukraine-nato-membership']
CALL () {
  UNWIND $relationIds AS id
  MATCH ()-[r:RELATION {id: id}]->()
  RETURN collect(r.id) AS relationIds
}
CALL () {
  UNWIND $stanceIds AS id
  MATCH ()-[s:STANCE {id: id}]->()
  RETURN collect(s.id) AS stanceIds
}
RETURN relationIds, stanceIds
