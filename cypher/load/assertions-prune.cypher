// Removes the relations or stances a document's dataset no longer lists (the dataset file is the
// truth for its document).
// One statement per assertion kind: src/store/kinds.ts writes in the relationship type and the
// target label (RELATION → Actor for a relation, STANCE → Topic for a stance), so it is planned on
// indexes; the two :param lines below run it here as it is, for a relation.
// :param assertionType => 'RELATION'
// :param targetLabel => 'Actor'
// :param documentId => 'doc-1'
// :param keep => ['rel-trump-called-zelensky']
MATCH ()-[r:$($assertionType) {homeDocumentId: $documentId}]->()
WHERE r.origin = 'dataset' AND NOT r.id IN $keep
DELETE r
RETURN count(*) AS removed
