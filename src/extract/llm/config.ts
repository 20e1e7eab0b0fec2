/**
 * The LLM backend's settings, from the environment, read once when the engine
 * is created. Nothing is sent anywhere unless STANCEGRAPH_LLM_URL is set.
 * Every variable is documented in docs/EXTRACTION.md ("Optional LLM backend").
 */
import { z } from 'zod';
import { ConfigError } from '../../config';

const Env = z.object({
  STANCEGRAPH_LLM_URL: z
    .url('must be the base URL of an OpenAI-compatible API, such as http://127.0.0.1:8080/v1')
    .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://'),
  STANCEGRAPH_LLM_MODEL: z.string().trim().min(1, 'must name the model the server should run'),
  STANCEGRAPH_LLM_API_KEY: z.string().min(1).optional(),
  STANCEGRAPH_LLM_TIMEOUT_MS: z.coerce
    .number('must be a number of milliseconds')
    .int('must be a whole number of milliseconds')
    .positive('must be more than 0')
    .default(120_000),
  STANCEGRAPH_LLM_RETRIES: z.coerce
    .number('must be a number')
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(10, 'must be at most 10')
    .default(2),
});

export interface LlmConfig {
  /** Base URL of the chat completions API, without the trailing slash. */
  url: string;
  model: string;
  /** Sent as a bearer token when set; local servers usually need none. */
  apiKey: string | undefined;
  /** The longest wait for one article's answer, retries included. */
  timeoutMs: number;
  /** Retries of a failed request (connection errors, 408, 429, 5xx), with backoff. */
  retries: number;
}

export class LlmConfigError extends ConfigError {
  override name = 'LlmConfigError';
}

const HINTS: Record<string, string> = {
  STANCEGRAPH_LLM_URL:
    'set it to the base URL of an OpenAI-compatible API, such as http://127.0.0.1:8080/v1',
  STANCEGRAPH_LLM_MODEL: 'set it to the model the server should run, such as qwen2.5-7b-instruct',
};

export function readLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  // An empty variable counts as unset, as in a shell's `VAR= command`.
  const input = Object.fromEntries(
    Object.keys(Env.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = Env.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'STANCEGRAPH_LLM_URL');
    const message =
      input[name] === undefined
        ? `${name} is not set: ${HINTS[name] ?? 'set it'} (the LLM engine sends nothing anywhere until it is)`
        : `${name} ${issue?.message ?? 'is invalid'} (got ${JSON.stringify(input[name])})`;
    throw new LlmConfigError(message);
  }
  const e = parsed.data;
  return {
    url: e.STANCEGRAPH_LLM_URL.replace(/\/+$/, ''),
    model: e.STANCEGRAPH_LLM_MODEL,
    apiKey: e.STANCEGRAPH_LLM_API_KEY,
    timeoutMs: e.STANCEGRAPH_LLM_TIMEOUT_MS,
    retries: e.STANCEGRAPH_LLM_RETRIES,
  };
}
