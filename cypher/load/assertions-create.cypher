// Creates relations (actor → actor) or stances (actor → topic) by id, for documents new to the
// graph; the effective date comes computed from the loader.
// One statement per assertion kind: src/store/kinds.ts writes in the relationship type and the
// target label (RELATION → Actor for a relation, STANCE → Topic for a stance), so it is planned on
// indexes; the two :param lines below run it here as it is, for a relation.
// :param assertionType => 'RELATION'
// :param targetLabel => 'Actor'
// :param rows => [{id: 'rel-trump-called-zelensky', source: 'trump', target: 'zelensky', props: {type: 'CALLED', polarity: 'NEUTRAL', confidence: 0.95, date: null, effectiveDate: date('2025-02-13'), validFrom: null, validTo: null, details: null, method: 'CURATED', note: null, homeDocumentId: 'doc-1', documentIds: ['doc-1'], origin: 'dataset'}}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:$($targetLabel) {id: row.target})
CREATE (s)-[r:$($assertionType) {id: row.id}]->(t)
SET r += row.props, r.createdAt = datetime.transaction()
RETURN count(*) AS written
