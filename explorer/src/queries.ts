/** Every operation the explorer sends, against schema.graphql. */

const ACTOR_REF = 'id name kind';
const EVIDENCE = 'id quote document { id title publishedAt }';
const RELATION_SUMMARY = `id type polarity confidence effectiveDate
  source { ${ACTOR_REF} } target { ${ACTOR_REF} }`;
const STANCE = `id position polarity confidence summary effectiveDate
  actor { ${ACTOR_REF} } topic { id name } evidence { ${EVIDENCE} }`;

export const NEIGHBORHOOD = `query Neighborhood($actorId: ID!, $depth: Int, $types: [RelationType!]) {
  neighborhood(actorId: $actorId, depth: $depth, types: $types) {
    center { ${ACTOR_REF} }
    depth
    actors { ${ACTOR_REF} }
    relations { ${RELATION_SUMMARY} }
  }
}`;

export const RELATION = `query Relation($id: ID!) {
  relation(id: $id) {
    ${RELATION_SUMMARY}
    date note method
    cameo { code label }
    evidence { ${EVIDENCE} }
  }
}`;

export const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) {
    ${ACTOR_REF} aliases description wikidataId
    roles { title organization { ${ACTOR_REF} } }
    stances { ${STANCE} }
  }
}`;

export const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 15) {
    score
    item {
      __typename
      ... on Actor { ${ACTOR_REF} aliases }
      ... on Topic { id name }
      ... on Evidence {
        quote
        document { title }
        subject {
          __typename
          ... on Relation { id source { ${ACTOR_REF} } }
          ... on Stance { id topic { id } }
        }
      }
    }
  }
}`;

/** The fallback while `search` is not served: actor names and aliases, and topic names. */
export const SEARCH_FALLBACK = `query SearchFallback($query: String!) {
  actors(search: $query, first: 10) { edges { node { ${ACTOR_REF} aliases } } }
  topics { id name }
}`;

export const STANCE_MATRIX = `query StanceMatrix {
  stanceMatrix {
    topics { id name }
    rows {
      actor { ${ACTOR_REF} }
      cells { position polarity confidence score stances { ${STANCE} } }
    }
  }
}`;

export const TOPIC = `query Topic($id: ID!) {
  topic(id: $id) {
    id name description
    concerns { ${ACTOR_REF} }
    supporters { ${ACTOR_REF} }
    opponents { ${ACTOR_REF} }
    worried { ${ACTOR_REF} }
    stances { ${STANCE} }
  }
}`;

/**
 * Only what the strip shows, and the default `first` (200): the server refuses costly documents
 * (graphql-armor's cost limit), and it counts an explicit `first` as a multiplier.
 */
export const TIMELINE = `query Timeline($actorId: ID!) {
  timeline(actorId: $actorId) {
    date
    item {
      __typename
      ... on Relation { id type polarity source { name } target { name } }
      ... on Stance { id position topic { id name } }
      ... on Document { id title }
    }
  }
}`;

export const SUGGESTIONS = `query Suggestions {
  rankings(metric: DEGREE, first: 6) { actor { ${ACTOR_REF} } }
}`;

export const PING = 'query Ping { __typename }';

export const GRAPH_CHANGED = `subscription GraphChanged {
  graphChanged {
    kind
    relation { id source { id } target { id } }
    stance { id actor { id } topic { id } }
    actor { id }
  }
}`;
