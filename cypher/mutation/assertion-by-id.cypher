// The relation or stance with an id (they share one namespace), with where it came from and
// whether it is retracted: what assertRelation, assertStance and the retractions check first.
// :param id => 'rel-trump-called-zelensky'
CALL () {
  MATCH ()-[r:RELATION {id: $id}]->()
  RETURN 'relation' AS kind, r
UNION
  MATCH ()-[r:STANCE {id: $id}]->()
  RETURN 'stance' AS kind, r
}
RETURN kind, r.origin AS origin, r.retractedAt AS retractedAt, r.retractedBy AS retractedBy
LIMIT 1
