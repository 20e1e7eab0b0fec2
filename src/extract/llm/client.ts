/**
 * One chat completion against the configured OpenAI-compatible server, through
 * the official `openai` client (retries with backoff, timeouts, error classes).
 * Returns the answer's text; every failure becomes one LlmError line that names
 * the variable to change.
 */
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { LlmConfig } from './config';
import { LlmError, oneLine } from './errors';

export interface ChatRequest {
  messages: ChatCompletionMessageParam[];
  /** JSON schema of the answer; sent as `response_format: { type: 'json_schema' }`. */
  schema: Record<string, unknown>;
  schemaName: string;
}

export function createClient(config: LlmConfig): OpenAI {
  return new OpenAI({
    baseURL: config.url,
    // The client insists on a key; without one, the Authorization header is left out.
    apiKey: config.apiKey ?? 'none',
    ...(config.apiKey ? {} : { defaultHeaders: { Authorization: null } }),
    // Explicit, so that OPENAI_* variables of the environment are never sent to this server.
    adminAPIKey: null,
    organization: null,
    project: null,
    timeout: config.timeoutMs,
    maxRetries: config.retries,
    logLevel: 'off',
  });
}

export async function complete(
  client: OpenAI,
  config: LlmConfig,
  request: ChatRequest,
): Promise<string> {
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await client.chat.completions.create(
      {
        model: config.model,
        messages: request.messages,
        temperature: 0,
        response_format: {
          type: 'json_schema',
          json_schema: { name: request.schemaName, schema: request.schema, strict: true },
        },
      },
      // One budget for the answer, retries included; an abort by this signal is a timeout.
      { signal: AbortSignal.timeout(config.timeoutMs) },
    );
  } catch (err) {
    throw describeFailure(err, config);
  }
  const choice = completion.choices?.[0];
  const where = `the server at STANCEGRAPH_LLM_URL (${config.url})`;
  if (!choice) throw new LlmError(`${where} answered with no choices: is it a chat model?`);
  if (choice.finish_reason === 'length')
    throw new LlmError(
      `${where} cut the answer off at its token limit: raise the server's context or output limit, or extract a shorter article`,
    );
  const content = choice.message?.content;
  if (typeof content !== 'string' || content.trim() === '') {
    const refusal = choice.message?.refusal;
    throw new LlmError(
      refusal
        ? `model ${config.model} refused: ${oneLine(refusal)}`
        : `${where} answered with an empty message`,
    );
  }
  return content;
}

/** One line for each way the request can fail, naming the variable to change. */
export function describeFailure(err: unknown, config: LlmConfig): LlmError {
  const where = `the LLM server at STANCEGRAPH_LLM_URL (${config.url})`;
  if (err instanceof OpenAI.APIConnectionTimeoutError || err instanceof OpenAI.APIUserAbortError)
    return new LlmError(
      `${where} did not answer within ${config.timeoutMs} ms (STANCEGRAPH_LLM_TIMEOUT_MS): raise it, or check that the server is running`,
    );
  if (err instanceof OpenAI.APIConnectionError)
    return new LlmError(
      `cannot reach ${where}: ${oneLine(causeOf(err))}; check the URL and that the server is running`,
    );
  if (err instanceof OpenAI.APIError) {
    const detail = oneLine(err.message.replace(/^\d{3}\s+/, ''));
    switch (err.status) {
      case 401:
      case 403:
        return new LlmError(
          `${where} refused the request (HTTP ${err.status}: ${detail}): set STANCEGRAPH_LLM_API_KEY to a key it accepts`,
        );
      case 404:
        return new LlmError(
          `${where} answered HTTP 404 (${detail}): the URL should end where /chat/completions begins (often /v1), and STANCEGRAPH_LLM_MODEL (${config.model}) must be a model it serves`,
        );
      default:
        return new LlmError(`${where} answered HTTP ${err.status ?? '?'}: ${detail}`);
    }
  }
  return new LlmError(
    `the request to ${where} failed: ${oneLine(err instanceof Error ? err.message : String(err))}`,
  );
}

/** The deepest cause's code (ECONNREFUSED, ENOTFOUND…) or message; duck-typed, as causes may come from another realm. */
function causeOf(err: Error): string {
  let said = err.message;
  let at: unknown = err;
  for (let depth = 0; depth < 5 && typeof at === 'object' && at !== null; depth++) {
    const { code, message } = at as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (typeof message === 'string' && message !== '') said = message;
    at = (at as { cause?: unknown }).cause;
  }
  return said;
}
