/**
 * Mutation inputs → the dataset format → a validated plan, by the loader's own
 * rules: each input becomes a one-item dataset (src/dataset/schema.ts), checked
 * by `validateDataset` against what the graph holds (`existingIn`), so unknown
 * actors, topics and documents, and quotes that are not verbatim at their
 * offsets, are refused exactly as a load refuses them.
 *
 * Every problem is reported under the GraphQL name of its field
 * (`input.evidence[0].quote`, `input.targetId`) in one BAD_USER_INPUT error
 * whose `extensions.problems` lists them all.
 */
import { createHash } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Graph } from '../db/graph';
import { validateDataset, checkQuote } from '../dataset/validate';
import { parseDatasetObject } from '../dataset/inline';
import { CodePointText } from '../dataset/offsets';
import type {
  DatasetPlan,
  ExistingGraph,
  PlannedDocument,
  PlannedRelation,
  PlannedStance,
} from '../dataset/plan';
import type { DatasetProblem } from '../dataset/problems';
import type { ActorInput } from '../dataset/schema';
import type {
  ActorInput as ActorArg,
  DocumentInput as DocumentArg,
  EvidenceInput,
  RelationInput,
  StanceInput,
} from './generated/resolvers';
import { existingIn } from '../load/loader';
import { ErrorCode, userError } from './errors';

/** A problem with one field of a mutation's arguments, named as in GraphQL. */
export interface InputProblem {
  path: string;
  message: string;
}

/** One BAD_USER_INPUT error for all the problems of an input. */
export function inputError(problems: readonly InputProblem[]): GraphQLError {
  const message = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  return userError(ErrorCode.BAD_USER_INPUT, message, {
    argumentName: problems[0]?.path.split(/[.[]/)[0] ?? 'input',
    problems: problems.map((p) => ({ path: p.path, message: p.message })),
  });
}

/** The dataset's advice for unknown references, said the API's way. */
const REWRITES: Array<[RegExp, string]> = [
  [
    /: define it under actors \(in this load or already in the graph\)/,
    ': no actor has this id; create it with upsertActor, or find its id with actors(search:)',
  ],
  [
    /: define it under topics \(in this load or already in the graph\)/,
    ': no topic has this id; the topics query lists them',
  ],
  [
    /: define it under documents \(in this load or already in the graph\)/,
    ': no document has this id; add it first with addDocument',
  ],
];

function apiMessage(message: string): string {
  return REWRITES.reduce((m, [pattern, replacement]) => m.replace(pattern, replacement), message);
}

/**
 * A dataset field path of the one item in `section` (e.g. `relations[0].evidence[1].document`)
 * as the GraphQL argument path (`input.evidence[1].documentId`).
 */
export function toInputPath(
  datasetPath: string | undefined,
  section: string,
  renames: Readonly<Record<string, string>> = {},
  root = 'input',
): string {
  const prefix = `${section}[0]`;
  let rest = datasetPath ?? '';
  if (rest.startsWith(prefix)) rest = rest.slice(prefix.length);
  else if (rest === section) rest = '';
  rest = rest.replace(/^\./, '');
  if (rest === '') return root;
  const m = /^([A-Za-z_]\w*)(.*)$/.exec(rest);
  if (!m) return `${root}${rest.startsWith('[') ? '' : '.'}${rest}`;
  const field = renames[m[1] ?? ''] ?? m[1] ?? '';
  let tail = m[2] ?? '';
  if (field === 'evidence') tail = tail.replace(/^(\[\d+\])\.document\b/, '$1.documentId');
  return `${root}.${field}${tail}`;
}

function toInputProblems(
  problems: readonly DatasetProblem[],
  section: string,
  renames: Readonly<Record<string, string>> = {},
  root = 'input',
): InputProblem[] {
  return problems.map((p) => ({
    path: toInputPath(p.path, section, renames, root),
    message: apiMessage(p.message),
  }));
}

const EMPTY: ExistingGraph = { actorIds: new Set(), topicIds: new Set(), documentTexts: new Map() };

/** GraphQL gives null for fields sent as null; the dataset format leaves them out. */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}

/** Validates a one-item dataset; throws BAD_USER_INPUT naming GraphQL fields, or returns the plan. */
async function validateInline(
  raw: Record<string, unknown>,
  section: string,
  options: {
    renames?: Readonly<Record<string, string>>;
    root?: string;
    /** Renames every reported path once more, e.g. to the single argument it comes from. */
    mapPath?: (path: string) => string;
    existing?: ExistingGraph;
    /** Problems found before (offsets), and which evidence they are about, whose placeholders validation should not report again. */
    earlier?: InputProblem[];
    skipEvidence?: ReadonlySet<number>;
  } = {},
): Promise<DatasetPlan> {
  const problems: InputProblem[] = [...(options.earlier ?? [])];
  const parsed = parseDatasetObject('input', raw);
  const mapped = (p: InputProblem) =>
    options.mapPath ? { ...p, path: options.mapPath(p.path) } : p;
  const skipped = (p: InputProblem) =>
    [...(options.skipEvidence ?? [])].some(
      (k) => p.path === `input.evidence[${k}]` || p.path.startsWith(`input.evidence[${k}].`),
    );
  if (!parsed.ok) {
    problems.push(
      ...toInputProblems(parsed.problems, section, options.renames, options.root).filter(
        (p) => !skipped(p),
      ),
    );
    throw inputError(problems.map(mapped));
  }
  // What the graph holds was read once, by existingIn, before offsets were resolved.
  const existing = options.existing ?? EMPTY;
  const lookup = () => Promise.resolve(existing);
  const validated = await validateDataset([parsed.parsed], lookup);
  problems.push(
    ...toInputProblems(validated.problems, section, options.renames, options.root).filter(
      (p) => !skipped(p),
    ),
  );
  if (problems.length > 0) throw inputError(problems.map(mapped));
  return validated.plan;
}

interface ResolvedEvidence {
  document: string;
  quote: string;
  start: number;
  end: number;
}

/**
 * Fills in offsets left out where the quote occurs exactly once in its
 * document; reports the evidence where it does not (absent or ambiguous).
 */
export function resolveOffsets(
  evidence: readonly EvidenceInput[],
  texts: ReadonlyMap<string, string>,
): { resolved: ResolvedEvidence[]; problems: InputProblem[]; unresolved: Set<number> } {
  const problems: InputProblem[] = [];
  const unresolved = new Set<number>();
  const cache = new Map<string, CodePointText>();
  const resolved = evidence.map((e, k): ResolvedEvidence => {
    const at = `input.evidence[${k}]`;
    const hasStart = e.start !== undefined && e.start !== null;
    const hasEnd = e.end !== undefined && e.end !== null;
    const base = { document: e.documentId, quote: e.quote };
    if (hasStart && hasEnd) return { ...base, start: e.start as number, end: e.end as number };
    // Placeholders below are never written: the input is refused, or validation reports the unknown document.
    const placeholder = { ...base, start: 0, end: 0 };
    if (hasStart !== hasEnd) {
      problems.push({
        path: `${at}.${hasStart ? 'end' : 'start'}`,
        message:
          'give start and end together, or leave both out to have the quote found in the document text',
      });
      unresolved.add(k);
      return placeholder;
    }
    const raw = texts.get(e.documentId);
    if (raw === undefined || e.quote === '') return placeholder;
    let text = cache.get(e.documentId);
    if (!text) {
      text = new CodePointText(raw);
      cache.set(e.documentId, text);
    }
    const found = text.findAll(e.quote, 11);
    const [only] = found;
    if (found.length === 1 && only) return { ...base, start: only[0], end: only[1] };
    unresolved.add(k);
    if (found.length === 0) {
      // The loader's own wording, including its hint when only quotation marks or dashes differ.
      const problem = checkQuote(text, { quote: e.quote, start: 0, end: 1 });
      problems.push({
        path: `${at}.quote`,
        message: `${problem?.message ?? 'quote is not found verbatim in the document text'} (document "${e.documentId}"), so its offsets cannot be found`,
      });
    } else {
      const shown = found.slice(0, 10).map(([s, t]) => `start: ${s}, end: ${t}`);
      problems.push({
        path: `${at}.quote`,
        message: `the quote occurs ${found.length > 10 ? 'more than 10' : found.length} times in document "${e.documentId}" (${shown.join('; ')}); give start and end to say which`,
      });
    }
    return placeholder;
  });
  return { resolved, problems, unresolved };
}

/** Lowercase slug characters only, so a made-up id is a valid id whatever the input. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
}

/**
 * An id for an assertion that came without one: readable parts, then a short
 * hash of what it asserts and its evidence, so asserting the same thing again
 * gives the same id (and so changes nothing).
 */
export function derivedId(prefix: string, parts: string[], evidence: ResolvedEvidence[]): string {
  const keys = [...new Set(evidence.map((e) => `${e.document}:${e.start}-${e.end}`))].sort();
  const hash = createHash('sha256')
    .update([prefix, ...parts, ...keys].join('\n'))
    .digest('hex')
    .slice(0, 10);
  const readable = slug([prefix, ...parts].join('-'))
    .slice(0, 128 - hash.length - 1)
    .replace(/[-._]+$/, '');
  return `${readable}-${hash}`;
}

async function prefetch(
  graph: Graph,
  wanted: { actorIds?: string[]; topicIds?: string[]; documentIds?: string[] },
): Promise<ExistingGraph> {
  return existingIn(graph)({
    actorIds: [...new Set(wanted.actorIds ?? [])],
    topicIds: [...new Set(wanted.topicIds ?? [])],
    documentIds: [...new Set(wanted.documentIds ?? [])],
  });
}

function assertionFields(input: RelationInput | StanceInput) {
  return compact({
    polarity: input.polarity,
    confidence: input.confidence,
    method: input.method,
    validFrom: input.validFrom,
    validTo: input.validTo,
    note: input.note,
  });
}

function evidenceFields(resolved: ResolvedEvidence[]) {
  return resolved.map((e) => ({
    document: e.document,
    quote: e.quote,
    start: e.start,
    end: e.end,
  }));
}

/** `details` is a JSON object in a string; the dataset format holds it as an object. */
function parseDetails(details: string | null | undefined): {
  value: unknown;
  problem?: InputProblem;
} {
  if (details === null || details === undefined) return { value: undefined };
  try {
    return { value: JSON.parse(details) as unknown };
  } catch (err) {
    return {
      value: undefined,
      problem: {
        path: 'input.details',
        message: `not valid JSON (${err instanceof Error ? err.message : String(err)}); give a JSON object such as {"durationMinutes": 90}`,
      },
    };
  }
}

export async function planRelation(graph: Graph, input: RelationInput): Promise<PlannedRelation> {
  const existing = await prefetch(graph, {
    actorIds: [input.sourceId, input.targetId],
    documentIds: input.evidence.map((e) => e.documentId),
  });
  const offsets = resolveOffsets(input.evidence, existing.documentTexts);
  const details = parseDetails(input.details);
  const type = input.type.toLowerCase().replace(/_/g, '-');
  const id = input.id ?? derivedId('rel', [input.sourceId, type, input.targetId], offsets.resolved);
  const raw = {
    relations: [
      compact({
        id,
        type: input.type,
        source: input.sourceId,
        target: input.targetId,
        date: input.date,
        details: details.value,
        ...assertionFields(input),
        evidence: evidenceFields(offsets.resolved),
      }),
    ],
  };
  const plan = await validateInline(raw, 'relations', {
    renames: { source: 'sourceId', target: 'targetId' },
    existing,
    earlier: [...offsets.problems, ...(details.problem ? [details.problem] : [])],
    skipEvidence: offsets.unresolved,
  });
  return plan.relations[0];
}

export async function planStance(graph: Graph, input: StanceInput): Promise<PlannedStance> {
  const existing = await prefetch(graph, {
    actorIds: [input.actorId],
    topicIds: [input.topicId],
    documentIds: input.evidence.map((e) => e.documentId),
  });
  const offsets = resolveOffsets(input.evidence, existing.documentTexts);
  const id = input.id ?? derivedId('stance', [input.actorId, input.topicId], offsets.resolved);
  const raw = {
    stances: [
      compact({
        id,
        actor: input.actorId,
        topic: input.topicId,
        position: input.position,
        summary: input.summary,
        ...assertionFields(input),
        evidence: evidenceFields(offsets.resolved),
      }),
    ],
  };
  const plan = await validateInline(raw, 'stances', {
    renames: { actor: 'actorId', topic: 'topicId' },
    existing,
    earlier: offsets.problems,
    skipEvidence: offsets.unresolved,
  });
  return plan.stances[0];
}

/** An actor as the dataset format has it; `mapPath` renames the paths problems are reported under. */
export async function planActor(
  input: ActorArg,
  mapPath?: (path: string) => string,
): Promise<ActorInput> {
  const raw = {
    actors: [
      compact({
        id: input.id,
        name: input.name,
        kind: input.kind,
        aliases: input.aliases ?? [],
        wikidataId: input.wikidataId,
        description: input.description,
      }),
    ],
  };
  const plan = await validateInline(raw, 'actors', { mapPath });
  return plan.actors[0];
}

export async function planDocument(input: DocumentArg): Promise<PlannedDocument> {
  const raw = {
    documents: [
      compact({
        id: input.id,
        title: input.title,
        publishedAt: input.publishedAt,
        text: input.text,
        url: input.url,
        publisher: input.publisher,
        references: input.references ?? [],
      }),
    ],
  };
  const plan = await validateInline(raw, 'documents');
  return plan.documents[0];
}
