/**
 * @neo4j/graphql type definitions for the same graph stancegraph writes, as a
 * team using that library would declare it: nodes with `@node`, RELATION and
 * STANCE as relationships with properties. What the library cannot express
 * as a traversal (quotes are joined to relations by id, shortest paths, a
 * degree ranking, a keyset page over relationships) is a `@cypher` field,
 * with the same statement the raw-driver floor runs. Used only by the benchmark.
 */
import { neighborhoodSubgraph, textOf } from '../../src/store';

/** The depth-2 neighbourhood the benchmark asks for, at most this many actors (as the API bounds it). */
export const PEER_NEIGHBORHOOD = { depth: 2, maxActors: 500 };

/**
 * The floor's neighbourhood statement (cypher/neighborhood/subgraph.cypher) for a @cypher field:
 * the parameters the field has no argument for are fixed (depth 2, 500 actors, no stances), and
 * its columns are returned as one map, so the peer does the same work as the floor and stancegraph.
 */
function neighborhoodStatement(): string {
  const fixed = textOf(neighborhoodSubgraph)
    .replace(/^\/\/.*$/gm, '')
    .replaceAll('$depth', String(PEER_NEIGHBORHOOD.depth))
    .replaceAll('$maxActors', String(PEER_NEIGHBORHOOD.maxActors))
    .replaceAll('$withStances', 'false');
  return `CALL () {\n${fixed.trim()}\n}\nRETURN {actors: actors, relations: relations} AS n`;
}

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    aliases: [String!]!
    wikidataId: String
    description: String
    out: [Actor!]! @relationship(type: "RELATION", direction: OUT, properties: "Rel")
    in: [Actor!]! @relationship(type: "RELATION", direction: IN, properties: "Rel")
    names: [ActorName!]! @relationship(type: "KNOWN_AS", direction: OUT)
    topics: [Topic!]! @relationship(type: "STANCE", direction: OUT, properties: "StanceProps")
    "Quotes of the actor's relations, joined by subjectId (not a graph relationship)."
    evidence: [Evidence!]!
      @cypher(
        statement: """
        MATCH (this)-[r:RELATION]-(:Actor)
        WHERE r.retractedAt IS NULL
        MATCH (e:Evidence {subjectId: r.id})
        RETURN e
        """
        columnName: "e"
      )
  }

  type Rel @relationshipProperties {
    id: ID!
    type: String!
    polarity: String!
    confidence: Float!
    effectiveDate: Date
  }

  type StanceProps @relationshipProperties {
    id: ID!
    position: String!
    polarity: String!
    confidence: Float!
  }

  type ActorName @node {
    key: String!
    actors: [Actor!]! @relationship(type: "KNOWN_AS", direction: IN)
  }

  type Topic @node {
    id: ID!
    name: String!
    description: String
    holders: [Actor!]! @relationship(type: "STANCE", direction: IN, properties: "StanceProps")
  }

  type Evidence @node {
    id: ID!
    subjectId: String!
    documentId: String!
    quote: String!
    start: Int!
    end: Int!
    document: [Document!]! @relationship(type: "QUOTED_IN", direction: OUT)
  }

  type Document @node {
    id: ID!
    title: String!
    publishedAt: Date
  }

  "A relation as a row, for the @cypher page below."
  type RelationRow {
    id: ID!
    type: String!
    polarity: String!
    confidence: Float!
    sourceId: ID!
    sourceName: String!
    targetId: ID!
    targetName: String!
  }

  "An actor as a row, for the @cypher neighbourhood below."
  type ActorRow {
    id: ID!
    name: String!
    kind: String!
  }

  "A relation of a neighbourhood as a row (its ends by id)."
  type EdgeRow {
    id: ID!
    type: String!
    polarity: String!
    confidence: Float!
    source: ID!
    target: ID!
  }

  "The actors within two hops and every relation among them."
  type Neighbourhood {
    actors: [ActorRow!]!
    relations: [EdgeRow!]!
  }

  type Query {
    "The depth-2 neighbourhood (the floor's statement, cypher/neighborhood/subgraph.cypher)."
    neighborhood(actorId: ID!, types: [String!], minConfidence: Float): Neighbourhood
      @cypher(
        statement: """
        ${neighborhoodStatement()}
        """
        columnName: "n"
      )
    "The actors along a shortest chain of relations (same Cypher as the floor)."
    shortestPathActors(fromId: ID!, toId: ID!): [Actor!]!
      @cypher(
        statement: """
        MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
        MATCH p = shortestPath((a)-[:RELATION*..4]-(b))
        WHERE all(r IN relationships(p) WHERE r.retractedAt IS NULL)
        UNWIND nodes(p) AS n
        RETURN n
        """
        columnName: "n"
      )
    "Actors by number of relations, most first (same Cypher as the floor)."
    degreeRanking(first: Int!): [Actor!]!
      @cypher(
        statement: """
        MATCH (a:Actor)
        WITH a, COUNT { (a)-[r:RELATION]-(:Actor) WHERE r.retractedAt IS NULL } AS degree
        ORDER BY degree DESC, a.id
        LIMIT $first
        RETURN a
        """
        columnName: "a"
      )
    "A keyset page of relations of one type, most confident first (same Cypher as the floor)."
    relationsPage(
      type: String!
      minConfidence: Float!
      afterKey: Float!
      afterId: String!
      first: Int!
    ): [RelationRow!]!
      @cypher(
        statement: """
        MATCH (s:Actor)-[r:RELATION]->(t:Actor)
        WHERE r.type = $type AND r.confidence >= $minConfidence AND r.retractedAt IS NULL
          AND (-r.confidence > $afterKey OR (-r.confidence = $afterKey AND r.id > $afterId))
        WITH s, r, t ORDER BY -r.confidence, r.id
        LIMIT $first
        RETURN {id: r.id, type: r.type, polarity: r.polarity, confidence: r.confidence,
          sourceId: s.id, sourceName: s.name, targetId: t.id, targetName: t.name} AS row
        """
        columnName: "row"
      )
  }
`;
