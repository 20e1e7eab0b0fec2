/** The model's text as JSON with the answer's top level: a clear one-line error when it is not. */
import type { z } from 'zod';
import { AnswerShape } from './answer';
import { LlmError, oneLine } from './errors';

const CHECK_SERVER =
  'check that the server behind STANCEGRAPH_LLM_URL supports response_format json_schema';

export function parseAnswer(content: string): z.infer<typeof AnswerShape> {
  // Some servers wrap JSON in a Markdown fence even when asked for a schema.
  const bare = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1');
  let json: unknown;
  try {
    json = JSON.parse(bare);
  } catch {
    throw new LlmError(
      `the model's answer is not JSON (it begins ${JSON.stringify(oneLine(content, 60))}): ${CHECK_SERVER}`,
    );
  }
  const shape = AnswerShape.safeParse(json);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    throw new LlmError(
      `the model's answer does not follow the schema (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}): ${CHECK_SERVER}`,
    );
  }
  return shape.data;
}

/** Why one item of the answer does not parse, for the drop log. */
export function schemaReason(error: z.ZodError): string {
  const issue = error.issues[0];
  return `does not follow the schema (${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'})`;
}
