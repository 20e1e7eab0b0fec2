// Removes the stances a document's dataset no longer lists (the dataset file is the truth for its document).
// :param documentId => 'doc-1'
// :param keep => ['stance-hegseth-ukraine-nato-membership']
MATCH ()-[r:STANCE {homeDocumentId: $documentId}]->()
WHERE r.origin = 'dataset' AND NOT r.id IN $keep
DELETE r
RETURN count(*) AS removed
