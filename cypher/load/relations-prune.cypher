// Removes the relations a document's dataset no longer lists (the dataset file is the truth for its document).
// :param documentId => 'doc-1'
// :param keep => ['rel-trump-called-zelensky']
MATCH ()-[r:RELATION {homeDocumentId: $documentId}]->()
WHERE r.origin = 'dataset' AND NOT r.id IN $keep
DELETE r
RETURN count(*) AS removed
