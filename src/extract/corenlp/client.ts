/** The typed HTTP client of the local CoreNLP server (./server.ts). */
import { parseAnnotation, type CoreNlpDocument } from './annotation';

/** Long articles take a while on two cores; past this the request is abandoned. */
const REQUEST_TIMEOUT_MS = 600_000;

export async function annotate(url: string, text: string): Promise<CoreNlpDocument> {
  const res = await fetch(`${url}/annotate`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = await res.text();
  if (!res.ok) {
    throw new Error(`CoreNLP at ${url} answered ${res.status}: ${body.slice(0, 300)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new Error(`CoreNLP at ${url} answered something that is not JSON: ${body.slice(0, 120)}`);
  }
  return parseAnnotation(json);
}
