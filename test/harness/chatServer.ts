/**
 * A small real HTTP server on 127.0.0.1 that speaks the OpenAI chat
 * completions protocol with fixed answers: it records every request and
 * answers each with the reply the test queued (or the default), so tests of
 * the LLM engine exercise the real client over a real socket.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** What the server does with one request. */
export type Reply =
  | { kind: 'answer'; content: string; finishReason?: string }
  | { kind: 'status'; status: number; message: string }
  | { kind: 'hang' };

export interface ChatServer {
  /** Base URL, like a real server's: http://127.0.0.1:PORT/v1 */
  url: string;
  requests: RecordedRequest[];
  /** Replies for the next requests, in order; afterwards `fallback` answers. */
  queue: Reply[];
  fallback: Reply;
  close(): Promise<void>;
}

/** The body of a chat completion whose one choice says `content`. */
export function completionBody(content: string, model: string, finishReason = 'stop'): object {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_735_689_600,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

export async function startChatServer(): Promise<ChatServer> {
  const state: Pick<ChatServer, 'requests' | 'queue' | 'fallback'> = {
    requests: [],
    queue: [],
    fallback: { kind: 'status', status: 500, message: 'no reply queued' },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
      state.requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
      });
      const reply = state.queue.shift() ?? state.fallback;
      if (reply.kind === 'hang') return;
      const [status, payload] =
        reply.kind === 'answer'
          ? [200, completionBody(reply.content, String(body.model), reply.finishReason)]
          : [reply.status, { error: { message: reply.message, type: 'test_error' } }];
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  });
}
