// Removes the API-written quotes of a relation or stance that its new assertion no longer
// lists, so that asserting it again with other quotes replaces them.
// :param subjectId => 'rel-trump-called-zelensky-1a2b3c4d'
// :param keep => ['rel-trump-called-zelensky-1a2b3c4d@trump-putin-call-2025-02:1185-1268']
MATCH (e:Evidence {subjectId: $subjectId})
WHERE e.origin = 'api' AND NOT e.id IN $keep
DETACH DELETE e
RETURN count(*) AS removed
