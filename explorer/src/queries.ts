/**
 * Every operation the explorer sends, against schema.graphql. Each operation and fragment is one
 * template literal without substitutions, marked by a GraphQL comment, so GraphQL Code Generator
 * (codegen.ts) reads them and writes their result and variable types to generated/operations.ts;
 * `npm run codegen:check` fails when that file no longer matches them. Names start with
 * "Explorer": unique among every document codegen reads, and the operation name the server logs.
 */
import type {
  ExplorerActorQuery,
  ExplorerActorQueryVariables,
  ExplorerGraphChangedSubscription,
  ExplorerGraphChangedSubscriptionVariables,
  ExplorerNeighborhoodQuery,
  ExplorerNeighborhoodQueryVariables,
  ExplorerPingQuery,
  ExplorerPingQueryVariables,
  ExplorerRelationQuery,
  ExplorerRelationQueryVariables,
  ExplorerSearchFallbackQuery,
  ExplorerSearchFallbackQueryVariables,
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
  ExplorerStanceMatrixQuery,
  ExplorerStanceMatrixQueryVariables,
  ExplorerSuggestionsQuery,
  ExplorerSuggestionsQueryVariables,
  ExplorerTimelineQuery,
  ExplorerTimelineQueryVariables,
  ExplorerTopicQuery,
  ExplorerTopicQueryVariables,
} from './generated/operations';

declare const types: unique symbol;

/**
 * An operation's text with the fragments it spreads, carrying (for the compiler only) the types
 * of its result and variables, so `request` and the subscription infer them.
 */
export type Operation<TResult, TVariables> = string & {
  readonly [types]?: { result: TResult; variables: TVariables };
};

const ACTOR_REF = /* GraphQL */ `
  fragment ExplorerActorRef on Actor {
    id
    name
    kind
  }
`;

const TOPIC_REF = /* GraphQL */ `
  fragment ExplorerTopicRef on Topic {
    id
    name
  }
`;

/** An actor as the search lists it, whichever query found it. */
const SEARCH_ACTOR = /* GraphQL */ `
  fragment ExplorerSearchActor on Actor {
    ...ExplorerActorRef
    aliases
  }
`;

const EVIDENCE = /* GraphQL */ `
  fragment ExplorerEvidence on Evidence {
    id
    quote
    document {
      id
      title
      publishedAt
    }
  }
`;

const RELATION_SUMMARY = /* GraphQL */ `
  fragment ExplorerRelationSummary on Relation {
    id
    type
    polarity
    confidence
    effectiveDate
    source {
      ...ExplorerActorRef
    }
    target {
      ...ExplorerActorRef
    }
  }
`;

const STANCE = /* GraphQL */ `
  fragment ExplorerStance on Stance {
    id
    position
    polarity
    confidence
    summary
    effectiveDate
    actor {
      ...ExplorerActorRef
    }
    topic {
      ...ExplorerTopicRef
    }
    evidence {
      ...ExplorerEvidence
    }
  }
`;

/** Each fragment's definition, by the fragment's name. */
const FRAGMENTS = new Map<string, string>(
  [ACTOR_REF, TOPIC_REF, SEARCH_ACTOR, EVIDENCE, RELATION_SUMMARY, STANCE].map((text) => [
    /fragment\s+(\w+)/.exec(text)?.[1] ?? '',
    text,
  ]),
);

/** `...Name` spreads a named fragment; `... on Type` is an inline fragment and is left alone. */
const SPREAD = /\.\.\.\s*(?!on\b)(\w+)/g;

/**
 * The text sent for an operation: the operation followed by the definitions of the fragments it
 * spreads, directly or through other fragments, each once (GraphQL refuses unused fragments). The
 * server counts a fragment's depth and cost as those of its selections, so this costs what the
 * same document written inline would.
 */
export function operation<TResult, TVariables>(text: string): Operation<TResult, TVariables> {
  const used = new Set<string>();
  const collect = (source: string): void => {
    for (const [, name] of source.matchAll(SPREAD)) {
      if (name === undefined || used.has(name)) continue;
      const definition = FRAGMENTS.get(name);
      if (definition === undefined) throw new Error(`queries.ts has no fragment ${name}`);
      used.add(name);
      collect(definition);
    }
  };
  collect(text);
  return [text, ...[...used].map((name) => FRAGMENTS.get(name))]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const NEIGHBORHOOD = operation<
  ExplorerNeighborhoodQuery,
  ExplorerNeighborhoodQueryVariables
>(/* GraphQL */ `
  query ExplorerNeighborhood($actorId: ID!, $depth: Int, $types: [RelationType!]) {
    neighborhood(actorId: $actorId, depth: $depth, types: $types) {
      center {
        ...ExplorerActorRef
      }
      depth
      actors {
        ...ExplorerActorRef
      }
      relations {
        ...ExplorerRelationSummary
      }
    }
  }
`);

export const RELATION = operation<ExplorerRelationQuery, ExplorerRelationQueryVariables>(
  /* GraphQL */ `
    query ExplorerRelation($id: ID!) {
      relation(id: $id) {
        ...ExplorerRelationSummary
        date
        note
        method
        cameo {
          code
          label
        }
        evidence {
          ...ExplorerEvidence
        }
      }
    }
  `,
);

export const ACTOR = operation<ExplorerActorQuery, ExplorerActorQueryVariables>(/* GraphQL */ `
  query ExplorerActor($id: ID!) {
    actor(id: $id) {
      ...ExplorerActorRef
      aliases
      description
      wikidataId
      roles {
        title
        organization {
          ...ExplorerActorRef
        }
      }
      stances {
        ...ExplorerStance
      }
    }
  }
`);

export const SEARCH = operation<ExplorerSearchQuery, ExplorerSearchQueryVariables>(/* GraphQL */ `
  query ExplorerSearch($query: String!) {
    search(query: $query, first: 15) {
      score
      item {
        __typename
        ... on Actor {
          ...ExplorerSearchActor
        }
        ... on Topic {
          ...ExplorerTopicRef
        }
        ... on Evidence {
          quote
          document {
            title
          }
          subject {
            __typename
            ... on Relation {
              id
              source {
                ...ExplorerActorRef
              }
            }
            ... on Stance {
              id
              topic {
                id
              }
            }
          }
        }
      }
    }
  }
`);

/** The fallback while `search` is not served: actor names and aliases, and topic names. */
export const SEARCH_FALLBACK = operation<
  ExplorerSearchFallbackQuery,
  ExplorerSearchFallbackQueryVariables
>(/* GraphQL */ `
  query ExplorerSearchFallback($query: String!) {
    actors(filter: { search: $query }, first: 10) {
      edges {
        node {
          ...ExplorerSearchActor
        }
      }
    }
    topics {
      ...ExplorerTopicRef
    }
  }
`);

export const STANCE_MATRIX = operation<
  ExplorerStanceMatrixQuery,
  ExplorerStanceMatrixQueryVariables
>(/* GraphQL */ `
  query ExplorerStanceMatrix {
    stanceMatrix {
      topics {
        ...ExplorerTopicRef
      }
      rows {
        actor {
          ...ExplorerActorRef
        }
        cells {
          position
          polarity
          confidence
          score
          stances {
            ...ExplorerStance
          }
        }
      }
    }
  }
`);

export const TOPIC = operation<ExplorerTopicQuery, ExplorerTopicQueryVariables>(/* GraphQL */ `
  query ExplorerTopic($id: ID!) {
    topic(id: $id) {
      ...ExplorerTopicRef
      description
      concerns {
        ...ExplorerActorRef
      }
      supporters {
        ...ExplorerActorRef
      }
      opponents {
        ...ExplorerActorRef
      }
      worried {
        ...ExplorerActorRef
      }
      stances {
        ...ExplorerStance
      }
    }
  }
`);

/**
 * Only what the strip shows, and the default `first` (200): the server refuses costly documents
 * (graphql-armor's cost limit), and it counts an explicit `first` as a multiplier.
 */
export const TIMELINE = operation<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>(
  /* GraphQL */ `
    query ExplorerTimeline($actorId: ID!) {
      timeline(actorId: $actorId) {
        date
        item {
          __typename
          ... on Relation {
            id
            type
            polarity
            source {
              name
            }
            target {
              name
            }
          }
          ... on Stance {
            id
            position
            topic {
              ...ExplorerTopicRef
            }
          }
          ... on Document {
            id
            title
          }
        }
      }
    }
  `,
);

export const SUGGESTIONS = operation<ExplorerSuggestionsQuery, ExplorerSuggestionsQueryVariables>(
  /* GraphQL */ `
    query ExplorerSuggestions {
      rankings(metric: DEGREE, first: 6) {
        actor {
          ...ExplorerActorRef
        }
      }
    }
  `,
);

export const PING = operation<ExplorerPingQuery, ExplorerPingQueryVariables>(/* GraphQL */ `
  query ExplorerPing {
    __typename
  }
`);

export const GRAPH_CHANGED = operation<
  ExplorerGraphChangedSubscription,
  ExplorerGraphChangedSubscriptionVariables
>(/* GraphQL */ `
  subscription ExplorerGraphChanged {
    graphChanged {
      kind
      relation {
        id
        source {
          id
        }
        target {
          id
        }
      }
      stance {
        id
        actor {
          id
        }
        topic {
          id
        }
      }
      actor {
        id
      }
    }
  }
`);
