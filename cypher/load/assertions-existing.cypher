// Which of the listed relation and stance ids the graph already holds (a new document's assertion may have moved from another document).
// The hints ask for the unique-id index seeks whatever statistics from a nearly empty graph suggest (a plan
// cached then was the suspected cause of 13.6 s for three statements in one run at S; not confirmed by PROFILE).
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
