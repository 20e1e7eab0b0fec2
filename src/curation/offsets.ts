/** Evidence offsets left out by the caller, found in the document text. */
import { checkQuote } from '../dataset/validate';
import { CodePointText } from '../dataset/offsets';
import type { CurationProblem } from './errors';
import type { EvidenceInput } from './inputs';

export interface ResolvedEvidence {
  document: string;
  quote: string;
  start: number;
  end: number;
}

export interface Offsets {
  resolved: ResolvedEvidence[];
  problems: CurationProblem[];
  /** The evidence whose offsets could not be found; validation does not report them again. */
  unresolved: Set<number>;
}

/**
 * Fills in offsets left out where the quote occurs exactly once in its
 * document; reports the evidence where it does not (absent or ambiguous).
 */
export function resolveOffsets(
  evidence: readonly EvidenceInput[],
  texts: ReadonlyMap<string, string>,
): Offsets {
  const problems: CurationProblem[] = [];
  const unresolved = new Set<number>();
  const cache = new Map<string, CodePointText>();
  const resolved = evidence.map((e, k): ResolvedEvidence => {
    const at = `evidence[${k}]`;
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
    problems.push({ path: `${at}.quote`, message: notFoundOnce(text, e, found) });
    return placeholder;
  });
  return { resolved, problems, unresolved };
}

/** Why a quote's offsets cannot be found: it is absent, or there are several. */
function notFoundOnce(
  text: CodePointText,
  e: EvidenceInput,
  found: ReadonlyArray<readonly [number, number]>,
): string {
  if (found.length === 0) {
    // The loader's own wording, including its hint when only quotation marks or dashes differ.
    const problem = checkQuote(text, { quote: e.quote, start: 0, end: 1 });
    return `${problem?.message ?? 'quote is not found verbatim in the document text'} (document "${e.documentId}"), so its offsets cannot be found`;
  }
  const shown = found.slice(0, 10).map(([s, t]) => `start: ${s}, end: ${t}`);
  return `the quote occurs ${found.length > 10 ? 'more than 10' : found.length} times in document "${e.documentId}" (${shown.join('; ')}); give start and end to say which`;
}
