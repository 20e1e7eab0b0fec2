// Removes the evidence quoted from a document that its dataset no longer lists.
// :param documentId => 'doc-1'
// :param keep => ['rel-1@doc-1:0-5']
MATCH (e:Evidence {documentId: $documentId})
WHERE e.origin = 'dataset' AND NOT e.id IN $keep
DETACH DELETE e
RETURN count(*) AS removed
