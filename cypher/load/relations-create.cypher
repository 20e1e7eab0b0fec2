// Creates relations between actors by id, for documents new to the graph; the effective date comes computed from the loader.
// :param rows => [{id: 'rel-trump-called-zelensky', source: 'trump', target: 'zelensky', props: {type: 'CALLED', polarity: 'NEUTRAL', confidence: 0.95, date: null, effectiveDate: date('2025-02-13'), validFrom: null, validTo: null, details: null, method: 'CURATED', note: null, homeDocumentId: 'doc-1', documentIds: ['doc-1'], origin: 'dataset'}}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
CREATE (s)-[r:RELATION {id: row.id}]->(t)
SET r += row.props, r.createdAt = datetime.transaction()
RETURN count(*) AS written
