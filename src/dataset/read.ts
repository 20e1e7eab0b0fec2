/**
 * Reading one dataset file: bytes → UTF-8 text → YAML/JSON document → typed
 * sections, keeping a way back from a field path to its line and column.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { DatasetFile } from './schema';
import { formatPath, type DatasetProblem } from './problems';
import { decodeUtf8 } from './utf8';
import { parseFast } from './fast';

export const DATASET_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** Dataset files above this size are refused: split a corpus into one file per document. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface ParsedFile {
  file: string;
  data: DatasetFile;
  /** Where a field path stands in the file, for error messages. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

export type ReadResult =
  { ok: true; parsed: ParsedFile } | { ok: false; problems: DatasetProblem[] };

/**
 * Reads one dataset file. The happy path parses without source positions
 * (./fast.ts); a file the fast parse does not accept as it stands is parsed
 * again with positions, so every problem is reported exactly as
 * `readDatasetFileWithPositions` reports it. A valid file's `locate` parses
 * with positions on first use (validation problems need a line and column).
 */
export async function readDatasetFile(
  file: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<ReadResult> {
  const read = await readText(file, maxBytes);
  if (!read.ok) return read;
  const data = parseFast(read.text);
  if (data === undefined) return parseWithPositions(file, read.text);
  return { ok: true, parsed: { file, data, locate: lazyLocate(read.text) } };
}

/** Reads one dataset file keeping every node's source position (the reference parse). */
export async function readDatasetFileWithPositions(
  file: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<ReadResult> {
  const read = await readText(file, maxBytes);
  return read.ok ? parseWithPositions(file, read.text) : read;
}

function failure(file: string, message: string, at?: { line: number; column: number }) {
  return { ok: false as const, problems: [{ file, ...at, message }] };
}

/** The file's text, or the problem that stops it being read (extension, size, encoding, emptiness). */
async function readText(
  file: string,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; problems: DatasetProblem[] }> {
  if (
    !DATASET_EXTENSIONS.includes(extname(file).toLowerCase() as (typeof DATASET_EXTENSIONS)[number])
  ) {
    return failure(file, `not a dataset file: use one of ${DATASET_EXTENSIONS.join(', ')}`);
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    return failure(
      file,
      `cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
  if (size > maxBytes) {
    return failure(
      file,
      `file is ${size} bytes, over the ${maxBytes}-byte limit for one dataset file; split the corpus into one file per document`,
    );
  }
  const decoded = decodeUtf8(await readFile(file));
  if (!decoded.ok) {
    return failure(file, 'not valid UTF-8: save the file as UTF-8', {
      line: decoded.line,
      column: decoded.column,
    });
  }
  if (decoded.text.trim() === '')
    return failure(
      file,
      'file is empty: a dataset file needs at least one of actors, topics, documents, relations, stances',
    );
  return { ok: true, text: decoded.text };
}

/** Parses a file's text with `yaml`, keeping source positions, then checks its shape. */
export function parseWithPositions(file: string, text: string): ReadResult {
  const fail = (message: string, at?: { line: number; column: number }): ReadResult =>
    failure(file, message, at);
  if (extname(file).toLowerCase() === '.json') {
    const jsonProblem = checkJsonSyntax(text);
    if (jsonProblem) {
      const at =
        jsonProblem.offset === undefined ? undefined : lineAndColumn(text, jsonProblem.offset);
      return fail(`not valid JSON: ${jsonProblem.message}`, at);
    }
  }
  const positioned = positionedDocument(text);
  const { doc, position } = positioned;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        ...position(e.pos[0]),
        message: `not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${firstLine(e.message)}`,
      })),
    };
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(
      'the top level must be a mapping with sections actors, topics, documents, relations, stances',
    );
  }
  const locate = (path: readonly PropertyKey[]) => locateIn(doc, path, position);
  const result = DatasetFile.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file,
        ...locate(issue.path),
        path: formatPath(issue.path),
        message: describeIssue(issue),
      })),
    };
  }
  return { ok: true, parsed: { file, data: result.data, locate } };
}

/** The `yaml` document of a text, with a way from an offset to its line and column. */
function positionedDocument(text: string): {
  doc: Document;
  position: (offset: number) => { line: number; column: number };
} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { doc, position };
}

/** `locate` for a file parsed without positions: parses it with positions on the first call. */
export function lazyLocate(text: string): ParsedFile['locate'] {
  let positioned: ReturnType<typeof positionedDocument> | undefined;
  return (path) => {
    positioned ??= positionedDocument(text);
    return locateIn(positioned.doc, path, positioned.position);
  };
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  position: (offset: number) => { line: number; column: number },
): { line: number; column: number } | undefined {
  // Walk up the path until a node with a source range is found (a missing field has none).
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = doc.getIn(path.slice(0, depth) as Array<string | number>, true);
    if (isNode(node) && node.range) return position(node.range[0]);
  }
  return undefined;
}

/** JSON's own parser gives clearer messages for JSON than a YAML parser does. */
function checkJsonSyntax(text: string): { message: string; offset?: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined ? { message } : { message, offset: Number(position) };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

export function describeIssue(issue: { code: string; message: string }): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return 'is required but missing';
  }
  return issue.message;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
