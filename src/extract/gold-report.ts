/**
 * `eval-extract`'s tables: per split, P/R/F1 with tp/fp/fn for each relation
 * class and stance polarity and their totals, then each article's totals, then
 * what each article missed and found wrongly; with several splits, a last
 * table side by side.
 */
import type { Evaluation, SplitResult, Totals } from './evaluate';
import type { Score } from './gold-score';

const num = (x: number) => x.toFixed(2);
/** P, R, F1 and the counts; a class with nothing in the gold and nothing found shows dashes, not a perfect score. */
const cells = (s: Score) => {
  const counts = `${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  if (s.tp + s.fp + s.fn === 0) return `   -     -     -  ${counts}`;
  return `${num(s.precision)}  ${num(s.recall)}  ${num(s.f1)}  ${counts}`;
};
const HEAD = 'P     R     F1      tp   fp   fn';

function kindTable<K extends string>(title: string, t: Totals<K>): string[] {
  const width = Math.max(10, ...Object.keys(t.byKind).map((k) => k.length + 2));
  const lines = [`${title.padEnd(width)}  ${HEAD}`];
  for (const [kind, s] of Object.entries(t.byKind) as Array<[K, Score]>)
    lines.push(`  ${kind.padEnd(width - 2)}  ${cells(s)}`);
  lines.push(`  ${'total'.padEnd(width - 2)}  ${cells(t.total)}`);
  return lines;
}

const articleTotal = (tallies: Record<string, { tp: number; fp: number; fn: number }>) => {
  const all = Object.values(tallies);
  const tp = all.reduce((n, t) => n + t.tp, 0);
  const fp = all.reduce((n, t) => n + t.fp, 0);
  const fn = all.reduce((n, t) => n + t.fn, 0);
  return `${tp}/${fp}/${fn}`.padEnd(9);
};

function splitReport(split: SplitResult, engine: string): string[] {
  const lines = [
    `== ${split.dir} (${split.articles.length} articles, engine ${engine})`,
    '',
    ...kindTable('relations', split.relations),
    '',
    ...kindTable('stances', split.stances),
    '',
  ];
  const width = Math.max(7, ...split.articles.map((a) => a.name.length));
  lines.push(`${'article'.padEnd(width)}  relations tp/fp/fn  stances tp/fp/fn`);
  for (const a of split.articles)
    lines.push(
      `${a.name.padEnd(width)}  ${articleTotal(a.relations).padEnd(18)}  ${articleTotal(a.stances)}`.trimEnd(),
    );
  for (const a of split.articles) {
    const parts: string[] = [];
    for (const kind of ['relations', 'stances'] as const) {
      for (const m of a.misses[kind]) parts.push(`  miss       ${kind.padEnd(9)} ${m}`);
      for (const f of a.falseHits[kind]) parts.push(`  false hit  ${kind.padEnd(9)} ${f}`);
    }
    if (parts.length > 0) lines.push('', `${a.name}:`, ...parts);
  }
  return lines;
}

/** Several splits side by side: relations and stances P/R/F1 per split. */
function summary(e: Evaluation): string[] {
  const width = Math.max(5, ...e.splits.map((s) => s.dir.length));
  const lines = [`${'split'.padEnd(width)}  relations P / R / F1   stances P / R / F1`];
  const prf = (s: Score) => `${num(s.precision)} / ${num(s.recall)} / ${num(s.f1)}`;
  for (const s of e.splits)
    lines.push(
      `${s.dir.padEnd(width)}  ${prf(s.relations.total).padEnd(22)}  ${prf(s.stances.total)}`,
    );
  return lines;
}

export function formatEvaluation(e: Evaluation): string {
  const lines = e.splits.flatMap((s, k) => [...(k > 0 ? [''] : []), ...splitReport(s, e.engine)]);
  if (e.splits.length > 1) lines.push('', `== summary (engine ${e.engine})`, '', ...summary(e));
  return `${lines.join('\n').trimEnd()}\n`;
}
