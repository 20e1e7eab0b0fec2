// Recomputes effectiveDate (the event date, else the home document's publication date) of the
// relations and stances whose home is a document, after its publication date may have changed.
// :param documentId => 'trump-putin-call-2025-02'
MATCH (d:Document {id: $documentId})
CALL (d) {
  MATCH ()-[r:RELATION {homeDocumentId: d.id}]->()
  SET r.effectiveDate = coalesce(r.date, d.publishedAt)
  RETURN count(*) AS relations
}
CALL (d) {
  MATCH ()-[s:STANCE {homeDocumentId: d.id}]->()
  SET s.effectiveDate = coalesce(s.date, d.publishedAt)
  RETURN count(*) AS stances
}
RETURN relations, stances
