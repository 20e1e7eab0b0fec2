/** The benchmark's tables: one run as text, and S/M/L growth from saved results. */
import type { QueryPlan } from './plans';
import type { BenchResult, LatencyStats, LoadingRow } from './result';

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => pad(c, widths[i], i > 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i > 0 ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

const ms = (n: number) =>
  Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0)) : '–';
const lat = (s: LatencyStats) =>
  s.count === 0
    ? `failed: ${s.firstError?.slice(0, 60) ?? '?'}`
    : `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
const ratio = (a: number, b: number) =>
  b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '–';

/** Issue 14's loading targets, where the rows they compare were run (full loads only). */
/** A loader row's highest RSS per phase, as a note. */
const phasePeaks = (p?: { validate: number; registry: number; documents: number }) =>
  p
    ? ` (peak RSS: validate ${p.validate}, registry ${p.registry}, documents ${p.documents} MiB)`
    : '';

function loadingTargets(rows: readonly LoadingRow[]): string {
  const row = (c: LoadingRow['contender']) =>
    rows.find((l) => l.contender === c && !l.extrapolated);
  const [loader, parsed, reload, bulk, raw] = [
    row('stancegraph'),
    row('parse-and-create'),
    row('stancegraph-reload'),
    row('stancegraph-bulk'),
    row('raw-create'),
  ];
  const parts = [
    loader && parsed
      ? `first load vs parse-and-create: ${ratio(parsed.seconds, loader.seconds)} (target ≥ 0.80×)`
      : '',
    loader && reload
      ? `unchanged reload / first load: ${((100 * reload.seconds) / loader.seconds).toFixed(1)}% (target ≤ 5%)`
      : '',
    bulk && raw ? `bulk vs raw-create: ${ratio(raw.seconds, bulk.seconds)} (target ≥ 5×)` : '',
    loader ? `loader peak RSS ${loader.peakRssMb} MiB (target ≤ 500 MiB at L)` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

function plan(p: QueryPlan | undefined): string {
  if (!p) return '–';
  if (p.error) return `error: ${p.error.slice(0, 80)}`;
  if (p.verdict === 'ok') return 'ok';
  const flagged = p.statements
    .filter((s) => s.verdict !== 'ok')
    .map((s) => `${s.statement} (${s.findings.map((f) => f.split(' ')[0]).join(', ')})`);
  return `${p.verdict}: ${flagged.join('; ')}`;
}

export function formatResult(r: BenchResult): string {
  const head = [
    `## ${r.size.label}: ${r.corpus.actors} actors, ${r.corpus.relations} relations, ${r.corpus.stances} stances, ${r.corpus.evidence} quotes, ${r.corpus.documents} documents (${r.corpus.mib} MiB, seed ${r.seed})`,
    '',
    `${r.startedAt} · ${r.machine.nproc} × ${r.machine.cpu} · ${r.machine.memoryGiB} GiB · Node ${r.machine.node} · ${r.machine.neo4j}`,
    `${r.queriedGraph === 'raw-floor' ? 'queries ran on the graph the raw floor wrote (loader time-boxed) · ' : ''}load average before ${r.machine.loadAverageBefore.join(' ')}, after ${r.machine.loadAverageAfter.join(' ')} · concurrency ${r.settings.concurrency}, ≤ ${r.settings.requests} requests or ${r.settings.seconds} s per cell after ${r.settings.warmupRequests} warm-up · hub ${r.hub.id} (${r.hub.outDegree} outgoing)`,
    '',
  ];
  const loader = r.loading.find((l) => l.contender === 'stancegraph');
  const rawRow = r.loading.find((l) => l.contender === 'raw-create');
  const naiveRow = r.loading.find((l) => l.contender === 'naive-merge');
  const loading = table(
    ['loading', 'relations/s', 'seconds', 'statements', 'transactions', 'peak RSS MiB', 'notes'],
    r.loading.map((l) => [
      l.contender,
      String(l.relationsPerSecond),
      l.extrapolated ? `${l.seconds} (full ≈ ${l.extrapolated.fullSeconds})` : String(l.seconds),
      String(l.statements),
      String(l.transactions),
      String(l.peakRssMb),
      [
        l.extrapolated ? `extrapolated from ${l.extrapolated.fromRelations} relations` : '',
        l.idempotent === undefined
          ? ''
          : l.idempotent
            ? 'idempotent: nothing changed'
            : 'NOT IDEMPOTENT',
        l.phases
          ? `validate ${l.phases.validateSeconds} s, registry ${l.phases.registrySeconds} s, ${l.phases.documents}/${l.phases.totalDocuments} documents ${l.phases.documentsSeconds} s${phasePeaks(l.phases.peakRssMb)}`
          : '',
        l.note ?? '',
      ]
        .filter(Boolean)
        .join('; '),
    ]),
  );
  const targets = [
    loader && rawRow && naiveRow
      ? `loader vs floor: ${ratio(loader.relationsPerSecond, rawRow.relationsPerSecond)} (target ≥ 0.50×); loader vs naive: ${ratio(loader.relationsPerSecond, naiveRow.relationsPerSecond)} (target ≥ 20×)`
      : '',
    loadingTargets(r.loading),
  ]
    .filter(Boolean)
    .join('\n');
  const queries = table(
    [
      'query (p50 / p95 / p99 ms)',
      'stancegraph',
      'rps',
      'GraphQL floor',
      'floor (driver)',
      '@neo4j/graphql',
      'sg/GraphQL floor',
      'sg/floor',
      'sg/peer',
      'warm (cache)',
      'load avg',
      'KiB sg/peer',
      'plan',
    ],
    r.queries.map((q) => [
      q.title,
      lat(q.stancegraph),
      String(q.stancegraph.rps),
      q.graphqlFloor ? lat(q.graphqlFloor) : '–',
      lat(q.floor),
      q.peer ? lat(q.peer) : 'n/a',
      q.graphqlFloor ? ratio(q.stancegraph.p50, q.graphqlFloor.p50) : '–',
      ratio(q.stancegraph.p50, q.floor.p50),
      q.peer ? ratio(q.stancegraph.p50, q.peer.p50) : 'n/a',
      q.warm ? lat(q.warm) : '–',
      q.loadAverage ? q.loadAverage.join(' → ') : '–',
      `${q.stancegraph.kbPerResponse.toFixed(1)}/${q.peer ? q.peer.kbPerResponse.toFixed(1) : 'n/a'}`,
      plan(q.plan),
    ]),
  );
  const floors = r.httpFloors
    ? [
        table(
          [
            '{ __typename } (p50 / p95 / p99 ms)',
            'stancegraph stack',
            'rps',
            'Apollo standalone',
            'rps',
            'stack/standalone p50',
            'load avg',
          ],
          [
            [
              'HTTP + Apollo floor',
              lat(r.httpFloors.stack),
              String(r.httpFloors.stack.rps),
              lat(r.httpFloors.standalone),
              String(r.httpFloors.standalone.rps),
              ratio(r.httpFloors.stack.p50, r.httpFloors.standalone.p50),
              r.httpFloors.loadAverage.join(' → '),
            ],
          ],
        ),
        '',
      ]
    : [];
  const rounds = r.settings.rounds
    ? `each cell: the median of ${r.settings.rounds} rounds in which the contenders took turns; load avg: the 1-minute load average when the row started → ended`
    : 'each cell: one turn per contender (recorded before rounds)';
  const loaderRss = loader
    ? `loader peak RSS ${r.memory.loaderPeakRssMb} MiB (process start ${loader.startRssMb ?? '?'} MiB)`
    : 'loader not run (--load-seconds 0)';
  const memory = `memory: API server RSS ${r.memory.serverRestRssMb} MiB at rest, ${r.memory.serverUnderLoadRssMb} MiB under load; ${loaderRss}`;
  return [...head, loading, '', targets, '', ...floors, queries, '', rounds, '', memory].join('\n');
}

/** One table of p50s across sizes, from the newest saved result of each size. */
export function formatGrowth(results: readonly BenchResult[]): string {
  const sizes = results.map((r) => r.size.label);
  const keys = [...new Set(results.flatMap((r) => r.queries.map((q) => q.key)))];
  const rows = keys.map((key) => {
    const title = results.flatMap((r) => r.queries).find((q) => q.key === key)?.title ?? key;
    return [
      title,
      ...results.map((r) => {
        const q = r.queries.find((x) => x.key === key);
        return q
          ? `${ms(q.stancegraph.p50)} / ${ms(q.floor.p50)} / ${q.peer ? ms(q.peer.p50) : 'n/a'}`
          : '–';
      }),
    ];
  });
  const contenders = [
    'raw-create',
    'parse-and-create',
    'naive-merge',
    'stancegraph',
    'stancegraph-reload',
    'stancegraph-bulk',
  ];
  const loadRows = contenders.map((c) => [
    `load: ${c} (relations/s)`,
    ...results.map((r) =>
      String(r.loading.find((l) => l.contender === c)?.relationsPerSecond ?? '–'),
    ),
  ]);
  return table(['p50 ms: stancegraph / floor / peer', ...sizes], [...rows, ...loadRows]);
}
