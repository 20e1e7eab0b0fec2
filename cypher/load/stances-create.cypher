// Creates stances (an actor’s position on a topic) by id, for documents new to the graph; the effective date comes computed from the loader.
// :param rows => [{id: 'stance-hegseth-ukraine-nato-membership', source: 'hegseth', target: 'ukraine-nato-membership', props: {position: 'OPPOSES', summary: null, polarity: 'NEUTRAL', confidence: 0.95, effectiveDate: date('2025-02-13'), validFrom: null, validTo: null, method: 'CURATED', note: null, homeDocumentId: 'doc-1', documentIds: ['doc-1'], origin: 'dataset'}}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Topic {id: row.target})
CREATE (s)-[r:STANCE {id: row.id}]->(t)
SET r += row.props, r.createdAt = datetime.transaction()
RETURN count(*) AS written
