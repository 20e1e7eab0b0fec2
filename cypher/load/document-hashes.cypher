// The content hash each listed document was last loaded with (null for a document written before hashes, or by the API); absent documents are not returned.
// :param ids => ['doc-1']
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.contentHash AS contentHash
