/**
 * What the query-limit tests share (test/unit/limits.test.ts without a
 * database, test/integration/limits.test.ts with one): posting a document to a
 * running server, and a document nested a given number of levels deep.
 */
import type { RunningServer } from '../../src/graphql/server';

export interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string; stacktrace?: unknown } }>;
}

export async function post(
  server: RunningServer,
  body: unknown,
): Promise<{ status: number; body: Body }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text.startsWith('{') ? (JSON.parse(text) as Body) : { errors: [{ message: text }] },
  };
}

/** `relations { source { … } }` `levels` times around `name`, from the actor Trump. */
export const deep = (levels: number) => {
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = `relations { source { ${selection} } }`;
  return `{ actor(id: "trump") { ${selection} } }`;
};
