// stancegraph's constraints and indexes, applied idempotently at every start.
// Run as-is in Neo4j Browser or cypher-shell; statements are separated by ";".
// https://neo4j.com/docs/cypher-manual/5/constraints/ and /indexes/

// Keys the loader MERGEs on.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT actor_name_key IF NOT EXISTS FOR (n:ActorName) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT relation_id IF NOT EXISTS FOR ()-[r:RELATION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT stance_id IF NOT EXISTS FOR ()-[s:STANCE]-() REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE;

// Lookups the API and the loader make.
CREATE INDEX evidence_subject IF NOT EXISTS FOR (e:Evidence) ON (e.subjectId);
CREATE INDEX evidence_document IF NOT EXISTS FOR (e:Evidence) ON (e.documentId);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX relation_type IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.type);
CREATE INDEX relation_home_document IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.homeDocumentId);
CREATE INDEX stance_home_document IF NOT EXISTS FOR ()-[s:STANCE]-() ON (s.homeDocumentId);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.publishedAt);
CREATE INDEX relation_effective_date IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.effectiveDate);
CREATE INDEX relation_confidence IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.confidence);
// relations(filter: {types: [one]}) pages in (type, confidence) order without sorting (cypher/relations/page.cypher).
CREATE INDEX relation_type_confidence IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.type, r.confidence);
CREATE INDEX stance_effective_date IF NOT EXISTS FOR ()-[s:STANCE]-() ON (s.effectiveDate);

// `actors(search:)` matches names and aliases by substring.
CREATE TEXT INDEX actor_name_key_text IF NOT EXISTS FOR (n:ActorName) ON (n.key);

// `search(query:)`: Lucene full-text indexes (LIST<STRING> properties such as aliases are indexed element by element).
CREATE FULLTEXT INDEX actor_names_fulltext IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX topic_text_fulltext IF NOT EXISTS FOR (t:Topic) ON EACH [t.name, t.description]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX evidence_quote_fulltext IF NOT EXISTS FOR (e:Evidence) ON EACH [e.quote]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};

// Wait (up to 60 s) until every index above is online, so the first queries use them.
CALL db.awaitIndexes(60);
