/**
 * Live updates: one graphql-ws connection to /graphql on the page's own host,
 * subscribed to `graphChanged`. It reconnects by itself, with a capped backoff.
 */
import { createClient } from 'graphql-ws';
import { GRAPHQL_PATH } from './api';
import { GRAPH_CHANGED } from './queries';
import type { ExplorerGraphChangedSubscription } from './generated/operations';
import type { GraphChange } from './types';

export type LiveState = 'connecting' | 'connected' | 'closed' | 'unavailable';

export function subscribeToChanges(
  onChange: (change: GraphChange) => void,
  onState: (state: LiveState) => void,
): () => void {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
  const client = createClient({
    url,
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) =>
      new Promise((done) => setTimeout(done, Math.min(5_000, 500 * 2 ** retries))),
    on: {
      connecting: () => onState('connecting'),
      connected: () => onState('connected'),
      closed: () => onState('closed'),
    },
  });
  const unsubscribe = client.subscribe<ExplorerGraphChangedSubscription>(
    { query: GRAPH_CHANGED },
    {
      next: (result) => {
        if (result.data) onChange(result.data.graphChanged);
      },
      // The server refused the subscription itself (not a dropped connection, which is retried).
      error: () => onState('unavailable'),
      complete: () => undefined,
    },
  );
  return () => {
    unsubscribe();
    void client.dispose();
  };
}
