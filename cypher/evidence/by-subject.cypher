// Evidence quotes of several relations or stances (batched), in document order.
// :param ids => ['rel-trump-called-zelensky']
MATCH (e:Evidence)
WHERE e.subjectId IN $ids
RETURN e.subjectId AS subjectId, e {.id, .subjectId, .documentId, .quote, .start, .end} AS evidence
ORDER BY e.documentId, e.start, e.end
