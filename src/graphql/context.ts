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

/**
 * The loaders are built on first use, so a request that reads nothing through them
 * (`{ __typename }`, an answer from the response cache) does not allocate a dozen DataLoaders.
 * The getter sits on the prototype: Apollo copies the context's own properties into a fresh
 * object of the same prototype for each operation (`cloneObject`), which would call an own
 * getter and build them anyway.
 */
class RequestContext implements Context {
  private built: Loaders | undefined = undefined;

  constructor(
    readonly graph: Graph,
    readonly requestId: string,
    readonly principal: Principal | null,
    readonly authError: RequestAuth['authError'],
    readonly events: GraphEvents | undefined,
    readonly oneStatement: boolean,
  ) {}

  get loaders(): Loaders {
    return (this.built ??= createLoaders(this.graph));
  }

  set loaders(value: Loaders) {
    this.built = value;
  }
}

export function createContext(
  graph: Graph,
  requestId: string,
  options: ContextOptions = {},
): Context {
  const { principal, authError } = options.auth ?? ANONYMOUS;
  return new RequestContext(
    graph,
    requestId,
    principal,
    authError,
    options.events,
    options.oneStatement ?? true,
  );
}
