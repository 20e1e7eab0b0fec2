/** What every resolver receives: the graph and this request's loaders. */
import type { Graph } from '../db/graph';
import { createLoaders, type Loaders } from './loaders';
import { ANONYMOUS, type Principal, type RequestAuth } from './auth';
import type { GraphEvents } from './pubsub';

export interface Context {
  graph: Graph;
  loaders: Loaders;
  requestId: string;
  /** Whose valid API key the request carried (./auth.ts); null without one. */
  principal: Principal | null;
  /** Why a key the request carried was refused; null when it carried none or a valid one. */
  authError: RequestAuth['authError'];
  /** Where mutations publish changes for subscriptions (./pubsub.ts); absent outside a running server. */
  events: GraphEvents | undefined;
  /**
   * Root fields of the shapes dashboards send read their whole tree in one statement (./tree/);
   * false forces the loader path everywhere (tests compare the two).
   */
  oneStatement: boolean;
}

export interface ContextOptions {
  /** From `KeyRing.authenticate(<Authorization header>)`; anonymous when left out. */
  auth?: RequestAuth;
  events?: GraphEvents;
  /** Default true; false answers every field through the loaders (see Context.oneStatement). */
  oneStatement?: boolean;
}

export function createContext(
  graph: Graph,
  requestId: string,
  options: ContextOptions = {},
): Context {
  const { principal, authError } = options.auth ?? ANONYMOUS;
  let loaders: Loaders | undefined;
  return {
    graph,
    // Built on first use: a request that reads nothing through them (`{ __typename }`, an answer
    // from the response cache) does not allocate a dozen DataLoaders.
    get loaders() {
      return (loaders ??= createLoaders(graph));
    },
    set loaders(value: Loaders) {
      loaders = value;
    },
    requestId,
    principal,
    authError,
    events: options.events,
    oneStatement: options.oneStatement ?? true,
  };
}
