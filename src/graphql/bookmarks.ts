/**
 * Read-your-writes across replicas (docs/SCALING.md): a mutation's answer carries the
 * bookmark of its transaction in `extensions.bookmark`; a client sends it back in the
 * X-Stancegraph-Bookmark header, and every statement of that request, on whichever replica
 * serves it, waits until the Neo4j member that runs it has applied the write
 * (`Graph.forRequest`). The bookmark is opaque: copy it as it came.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

export const BOOKMARK_HEADER = 'x-stancegraph-bookmark';

/** Neo4j's bookmarks are short tokens of base64 and ':' (e.g. FB:kcwQ…); several are joined by ','. */
const TOKEN = /^[A-Za-z0-9:+/=_.-]{1,512}$/;
const MOST = 16;

/** The header's bookmarks, or why it is not usable. */
export function parseBookmarkHeader(value: string | undefined): readonly string[] | string {
  if (value === undefined || value.trim() === '') return [];
  const tokens = value.split(',').map((t) => t.trim());
  if (tokens.length > MOST) return `at most ${MOST} bookmarks, separated by commas`;
  if (!tokens.every((t) => TOKEN.test(t)))
    return "send back exactly the value of a mutation's extensions.bookmark (letters, digits, ':', '+', '/', '=', '_', '.', '-'; ',' between bookmarks)";
  return tokens;
}

/** Puts the bookmark of the request's last write in `extensions.bookmark`. */
export function bookmarkPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ contextValue, response }) {
          const bookmarks = contextValue.graph.lastWriteBookmarks;
          if (bookmarks.length > 0 && response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, bookmark: bookmarks.join(',') };
          }
          return Promise.resolve();
        },
      }),
  };
}
