/**
 * From an article to a draft dataset: runs the analysis, then writes what it
 * found in the loader's format. Registry actors and topics are referenced by
 * id, new ones are defined; every relation and stance quotes its sentence with
 * code-point offsets and says `method: EXTRACTED`. The draft is checked with
 * the loader's own validation before it is handed back, so a draft that
 * `extract` writes is a draft `load` accepts.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import { Document, isScalar, parse } from 'yaml';
import { DatasetError, EMPTY_GRAPH } from '../dataset';
import { parsedFromObject, parseDatasetObject } from '../dataset/inline';
import { CodePointText } from '../dataset/offsets';
import type { ParsedFile } from '../dataset/read';
import { readDatasetFile } from '../dataset/read';
import type {
  ActorInput,
  DatasetFile,
  DocumentInput,
  RelationInput,
  StanceInput,
  TopicInput,
} from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { analyze, type Analysis, type Quote } from './engine';
import { defaultLexicon, type Lexicon } from './lexicon';
import type { Registry } from './registry';
import { scopedId, slugify } from './slug';

export interface DocumentMeta {
  id?: string;
  title?: string;
  /** YYYY-MM-DD. */
  publishedAt?: string;
  url?: string;
  publisher?: string;
}

export interface ExtractOptions {
  registry: Registry;
  lexicon?: Lexicon;
  meta?: DocumentMeta;
  /** Where the article came from: names the document when no id or title is given. */
  sourceName?: string;
  /**
   * Write `textFile:` (this path, relative to the draft file) instead of the
   * text inline. The path is resolved against `draftPath`.
   */
  textFile?: string;
  /** Where the draft will be written (for textFile and for validation messages). */
  draftPath?: string;
}

export interface Draft {
  dataset: DatasetFile;
  analysis: Analysis;
  /** Dates the extractor had to guess, and similar notes for the user. */
  warnings: string[];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The first full date the text prints ("13 February 2025", "February 13, 2025", "2025-02-13"). */
export function findDate(text: string): string | undefined {
  const head = text.slice(0, 5000);
  const iso = /\b(20\d\d|19\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/.exec(head);
  const month = MONTHS.join('|');
  const dmy = new RegExp(`\\b(\\d{1,2}) (${month}),? (\\d{4})\\b`, 'i').exec(head);
  const mdy = new RegExp(`\\b(${month}) (\\d{1,2}),? (\\d{4})\\b`, 'i').exec(head);
  const found: Array<{ at: number; date: string }> = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthOf = (m: string) => MONTHS.indexOf(m.toLowerCase()) + 1;
  if (iso) found.push({ at: iso.index, date: iso[0] });
  if (dmy)
    found.push({
      at: dmy.index,
      date: `${dmy[3]}-${pad(monthOf(dmy[2] ?? ''))}-${pad(Number(dmy[1]))}`,
    });
  if (mdy)
    found.push({
      at: mdy.index,
      date: `${mdy[3]}-${pad(monthOf(mdy[1] ?? ''))}-${pad(Number(mdy[2]))}`,
    });
  found.sort((a, b) => a.at - b.at);
  const first = found.find((f) => !Number.isNaN(Date.parse(f.date)));
  return first?.date;
}

/** A title from the first sentence, when none is given. */
function firstSentence(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? 'Untitled article';
  const sentence = /^(.+?[.!?])(\s|$)/.exec(line.trim())?.[1] ?? line.trim();
  if (sentence.length <= 120) return sentence;
  return `${sentence.slice(0, 117).replace(/\s+\S*$/, '')}…`;
}

export function extractDraft(text: string, options: ExtractOptions): Draft {
  const lexicon = options.lexicon ?? defaultLexicon();
  return draftFromAnalysis(text, analyze(text, options.registry, lexicon), options);
}

/** The draft for what an engine (src/extract/engines.ts) found in `text`. */
export function draftFromAnalysis(
  text: string,
  analysis: Analysis,
  options: ExtractOptions,
): Draft {
  const warnings: string[] = [];
  const cp = new CodePointText(text);

  const meta = options.meta ?? {};
  const title = meta.title ?? firstSentence(text);
  const id =
    meta.id ??
    slugify(options.sourceName ? basename(options.sourceName).replace(/\.[^.]*$/, '') : title);
  let publishedAt = meta.publishedAt ?? findDate(text);
  if (!publishedAt) {
    publishedAt = '1970-01-01';
    warnings.push(
      'the article prints no date and none was given: dated 1970-01-01; pass --date YYYY-MM-DD',
    );
  }

  const document: DocumentInput = {
    id,
    title,
    publishedAt,
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(options.textFile
      ? {
          textFile: relative(
            dirname(resolve(options.draftPath ?? '.')),
            resolve(options.textFile),
          ).replace(/\\/g, '/'),
        }
      : { text }),
    references: [],
  };

  const evidence = (quotes: readonly Quote[]) =>
    quotes.map((q) => {
      const start = cp.toCodePoints(q.start);
      const end = cp.toCodePoints(q.end);
      return { quote: cp.slice(start, end), start, end };
    });
  const firstAt = (quotes: readonly Quote[]) => quotes[0]?.start ?? 0;

  const relations: RelationInput[] = [...analysis.relations]
    .sort((a, b) => firstAt(a.evidence) - firstAt(b.evidence) || a.id.localeCompare(b.id))
    .map((r) => ({
      id: scopedId(id, r.id),
      type: r.type,
      source: r.source,
      target: r.target,
      polarity: r.polarity,
      confidence: r.confidence,
      method: 'EXTRACTED',
      note: `extracted by pattern "${r.pattern}" (CAMEO ${r.cameo})`,
      evidence: evidence(r.evidence),
    }));
  const stances: StanceInput[] = [...analysis.stances]
    .sort((a, b) => firstAt(a.evidence) - firstAt(b.evidence) || a.id.localeCompare(b.id))
    .map((s) => ({
      id: scopedId(id, s.id),
      actor: s.actor,
      topic: s.topic,
      position: s.position,
      polarity: s.polarity,
      confidence: s.confidence,
      method: 'EXTRACTED',
      note: `extracted by pattern "${s.pattern}"`,
      evidence: evidence(s.evidence),
    }));

  // New actors: those the edges use, and people the article names with a title.
  const used = new Set<string>([
    ...relations.flatMap((r) => [r.source, r.target]),
    ...stances.map((s) => s.actor),
    ...analysis.titled,
  ]);
  const defined = new Set<string>();
  const actors: ActorInput[] = [];
  const define = (id: string) => {
    const a = analysis.actors.actors.get(id);
    if (!a || a.registry || defined.has(id)) return;
    defined.add(id);
    for (const r of a.roles) define(r.organization);
    const surname = a.kind === 'PERSON' ? a.name.split(/\s+/) : [];
    const aliases = [
      ...new Set([...a.aliases, ...(surname.length >= 2 ? [surname[surname.length - 1]] : [])]),
    ].filter((x) => x !== a.name);
    actors.push({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases,
      roles: a.roles.map((r) => ({ ...r })),
    });
  };
  const seen = (id: string) => analysis.firstSeen.get(id) ?? Number.MAX_SAFE_INTEGER;
  for (const id of [...used].sort((a, b) => seen(a) - seen(b) || a.localeCompare(b))) define(id);

  const topics: TopicInput[] = [];
  for (const topicId of [...new Set(stances.map((s) => s.topic))].sort()) {
    const t = analysis.topics.topics.get(topicId);
    if (t && !t.registry) topics.push({ id: t.id, name: t.name, concerns: [] });
  }

  const dataset: DatasetFile = {
    documents: [document],
    actors,
    topics,
    relations,
    stances,
  };
  return { dataset, analysis, warnings };
}

/** The draft as YAML: the document first, then what was found; the text as a literal block. */
export function draftToYaml(draft: Draft, sourceName: string | undefined): string {
  const d = draft.dataset;
  const ordered = {
    documents: d.documents,
    ...(d.actors.length > 0 ? { actors: d.actors.map(compactActor) } : {}),
    ...(d.topics.length > 0 ? { topics: d.topics.map(compactTopic) } : {}),
    relations: d.relations,
    stances: d.stances,
  };
  const doc = new Document(ordered);
  doc.commentBefore = [
    ` Draft dataset extracted by \`stancegraph extract\`${sourceName ? ` from ${basename(sourceName)}` : ''}.`,
    ' Every relation and stance is a proposal (method: EXTRACTED): review, then load with',
    ' the registry, e.g. `stancegraph load data/actors.yaml <this file>`.',
    ` Found: ${d.relations.length} relation(s), ${d.stances.length} stance(s), ${d.actors.length} new actor(s), ${d.topics.length} new topic(s).`,
  ].join('\n');
  const textNode = doc.getIn(['documents', 0, 'text'], true);
  if (isScalar(textNode)) textNode.type = 'BLOCK_LITERAL';
  let out = doc.toString({ lineWidth: 0 });
  const text = d.documents[0]?.text;
  if (text !== undefined && !roundTrips(out, text)) {
    if (isScalar(textNode)) textNode.type = 'QUOTE_DOUBLE';
    out = doc.toString({ lineWidth: 0 });
  }
  return out;
}

function roundTrips(yaml: string, text: string): boolean {
  const back = parse(yaml) as { documents?: Array<{ text?: string }> };
  return back.documents?.[0]?.text === text;
}

function compactActor(a: ActorInput): Partial<ActorInput> {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    ...(a.aliases.length > 0 ? { aliases: a.aliases } : {}),
    ...(a.roles.length > 0 ? { roles: a.roles } : {}),
  };
}

function compactTopic(t: TopicInput): Partial<TopicInput> {
  return { id: t.id, name: t.name };
}

/**
 * Checks the draft as `load` would, together with the registry files: the
 * same shapes, references and quote checks. Throws a DatasetError if any fails.
 */
export async function validateDraft(
  yamlText: string,
  draftPath: string,
  registryFiles: readonly string[],
): Promise<void> {
  const raw: unknown = parse(yamlText);
  const parsedDraft = parseDatasetObject(draftPath, raw);
  if (!parsedDraft.ok) throw new DatasetError(parsedDraft.problems);
  const files: ParsedFile[] = [];
  for (const file of registryFiles) {
    const r = await readDatasetFile(file);
    if (!r.ok) throw new DatasetError(r.problems);
    files.push(r.parsed);
  }
  files.push(parsedFromObject(draftPath, parsedDraft.parsed.data));
  const { problems } = await validateDataset(files, EMPTY_GRAPH);
  if (problems.length > 0) throw new DatasetError(problems);
}
