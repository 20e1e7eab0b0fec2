/** What the LLM engine reports when the server or its answer fails: one line, naming what to change. */
export class LlmError extends Error {
  override name = 'LlmError';
}

/** A message from elsewhere (a server, a model) cut to one line of reasonable length. */
export function oneLine(s: string, max = 200): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
