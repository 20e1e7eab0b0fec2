/** What the LLM engine reports when the server or its answer fails: one line, naming what to change. */
export class LlmError extends Error {
  override name = 'LlmError';
}
