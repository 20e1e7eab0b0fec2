/**
 * Sustained load (issue 4, point 8): `npm run loadtest [-- options]`.
 *
 * Holds a mix of dashboard queries (the explorer's own: actor by name,
 * neighbourhood at depth 2, filtered relation pages, topic positions and the
 * stance matrix, rankings, search, timelines) at a fixed concurrency with
 * autocannon, while a writer asserts relations through `assertRelation` with an
 * API key (quotes from the demo article, a new id each time). Then it reads
 * every acknowledged write back by id and reports latency percentiles,
 * requests/s, errors (non-2xx, GraphQL errors, transport errors) and lost
 * writes. Exit code 0 when there were no errors and no lost writes, 1 otherwise,
 * 2 for bad usage.
 *
 * By default it starts the server itself, as `stancegraph start` in a child
 * process (so the load generator does not share its event loop), on a fresh
 * local Neo4j in a temporary folder with the demo corpus loaded, and removes
 * it afterwards. `--neo4j-uri` uses that Neo4j instead (the writes stay there);
 * `--url` targets a server that is already running with the demo corpus
 * (loopback only). See docs/RELIABILITY.md.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const PROJECT_ROOT = resolve(__dirname, '..');
const DOCUMENT_ID = 'trump-putin-call-2025-02';
const ARTICLE = join(PROJECT_ROOT, 'data', 'documents', `${DOCUMENT_ID}.txt`);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface LoadTestOptions {
  /** Seconds of load. */
  duration: number;
  /** Seconds of the same reads before, not measured: JIT and caches warm up (a fresh JVM is slow at first). */
  warmup?: number;
  /** Concurrent reader connections. */
  connections: number;
  /** Writes per second from the one writer; 0 sends them back to back. */
  writeRate: number;
  /** A running server with the demo corpus (loopback only); otherwise one is started. */
  url?: string;
  /** The key for `--url`; a spawned server gets a fresh one. */
  apiKey?: string;
  /** For a spawned server: this Neo4j instead of a fresh local one in a temporary folder. */
  neo4jUri?: string;
  /** Progress lines; defaults to stderr. */
  log?: (line: string) => void;
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface LoadTestReport {
  target: string;
  startedAt: string;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  /** Writes per second the writer aimed at (0: back to back); it sends one at a time. */
  writeRateTarget: number;
  machine: {
    nproc: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  reads: {
    requests: number;
    requestsPerSecond: number;
    latencyMs: Latency;
    non2xx: number;
    graphqlErrors: number;
    transportErrors: number;
    timeouts: number;
    byQuery: Record<string, { requests: number; errors: number }>;
  };
  writes: {
    attempted: number;
    acknowledged: number;
    failed: number;
    perSecond: number;
    latencyMs: Latency;
    readBack: number;
    lost: number;
  };
  /** Up to ten examples of what went wrong, for the log. */
  errorSamples: string[];
  /** No errors of any kind and no lost writes. */
  ok: boolean;
}

// ---------------------------------------------------------------- the read mix

const ACTOR_REF = 'id name kind';
const EVIDENCE = 'id quote document { id title publishedAt }';
const RELATION_SUMMARY = `id type polarity confidence effectiveDate source { ${ACTOR_REF} } target { ${ACTOR_REF} }`;
const STANCE = `id position polarity confidence summary effectiveDate actor { ${ACTOR_REF} } topic { id name } evidence { ${EVIDENCE} }`;

interface ReadQuery {
  name: string;
  /** How many of every mix's entries are this query. */
  weight: number;
  query: string;
  variables: Array<Record<string, unknown>>;
}

/** What the explorer (explorer/src/queries.ts) and a dashboard send, with the arguments they vary. */
export const READS: ReadQuery[] = [
  {
    name: 'actorByName',
    weight: 4,
    query: `query ActorByName($name: String!) {
      actor(name: $name) {
        ${ACTOR_REF} aliases description wikidataId
        roles { title organization { ${ACTOR_REF} } }
        relations { ${RELATION_SUMMARY} evidence { ${EVIDENCE} } }
        stances { ${STANCE} }
      }
    }`,
    variables: [
      'Trump',
      'Zelenskyy',
      'putin',
      'Vance',
      'Marco Rubio',
      'hegseth',
      'NATO',
      'Kremlin',
    ].map((name) => ({ name })),
  },
  {
    name: 'neighborhood',
    weight: 3,
    query: `query Neighborhood($actorId: ID!, $types: [RelationType!]) {
      neighborhood(actorId: $actorId, depth: 2, types: $types) {
        center { ${ACTOR_REF} } depth
        actors { ${ACTOR_REF} }
        relations { ${RELATION_SUMMARY} }
        stances { id position actor { id } topic { id } }
        topics { id name }
      }
    }`,
    variables: [
      { actorId: 'zelensky' },
      { actorId: 'trump' },
      { actorId: 'putin', types: ['TRUSTS', 'WORRIES_ABOUT', 'SPOKE_WITH', 'PRAISES'] },
      { actorId: 'vance' },
    ],
  },
  {
    name: 'relationsPage',
    weight: 3,
    query: `query Relations($filter: RelationFilter, $orderBy: RelationOrder) {
      relations(filter: $filter, first: 10, orderBy: $orderBy) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { ${RELATION_SUMMARY} cameo { code label goldstein } evidence { quote } } }
      }
    }`,
    variables: [
      { filter: { types: ['WORRIES_ABOUT', 'TRUSTS'], minConfidence: 0.6 } },
      {
        filter: { actorIds: ['trump'], polarities: ['POSITIVE'] },
        orderBy: { field: 'DATE', direction: 'DESC' },
      },
      {
        filter: { documentIds: [DOCUMENT_ID], from: '2025-01-01' },
        orderBy: { field: 'ID', direction: 'ASC' },
      },
      { filter: { targetIds: ['zelensky', 'ukraine'], methods: ['CURATED'] } },
    ],
  },
  {
    name: 'topicPositions',
    weight: 2,
    query: `query Topic($id: ID!) {
      topic(id: $id) {
        id name description
        concerns { ${ACTOR_REF} } supporters { ${ACTOR_REF} } opponents { ${ACTOR_REF} } worried { ${ACTOR_REF} }
        counts { supports opposes worriesAbout undecided total }
        stances { ${STANCE} }
      }
    }`,
    variables: [
      'ukraine-nato-membership',
      'pre-2014-borders',
      'ending-the-war',
      'immediate-peace-negotiations',
    ].map((id) => ({ id })),
  },
  {
    name: 'stanceMatrix',
    weight: 1,
    query: `query StanceMatrix {
      stanceMatrix {
        topics { id name }
        rows { actor { ${ACTOR_REF} } cells { position polarity confidence score stances { id } } }
      }
    }`,
    variables: [{}],
  },
  {
    name: 'rankings',
    weight: 2,
    query: `query Rankings($metric: RankingMetric!) {
      rankings(metric: $metric, first: 10) { rank score actor { ${ACTOR_REF} } }
    }`,
    variables: ['DEGREE', 'WEIGHTED_DEGREE', 'PAGERANK', 'BETWEENNESS'].map((metric) => ({
      metric,
    })),
  },
  {
    name: 'search',
    weight: 3,
    query: `query Search($query: String!) {
      search(query: $query, first: 15) {
        score
        item {
          __typename
          ... on Actor { ${ACTOR_REF} aliases }
          ... on Topic { id name }
          ... on Evidence { quote document { title } subject { __typename ... on Relation { id } ... on Stance { id } } }
        }
      }
    }`,
    variables: ['nato', 'peace talks', 'zelen', 'root causes', 'Hegseth borders', 'europe'].map(
      (query) => ({ query }),
    ),
  },
  {
    name: 'timeline',
    weight: 2,
    // The explorer's own strip (explorer/src/queries.ts), trimmed to stay under the cost limit.
    query: `query Timeline($actorId: ID!, $from: Date) {
      timeline(actorId: $actorId, from: $from) {
        date
        item {
          __typename
          ... on Relation { id type polarity source { name } target { name } }
          ... on Stance { id position topic { id name } }
          ... on Document { id title }
        }
      }
    }`,
    variables: [
      { actorId: 'trump' },
      { actorId: 'hegseth', from: '2025-01-01' },
      { actorId: 'zelensky' },
    ],
  },
];

interface MixEntry {
  name: string;
  body: string;
}

/** Every query with each of its argument sets, repeated by weight, in a fixed shuffled order. */
export function readMix(): MixEntry[] {
  const entries: MixEntry[] = [];
  for (const read of READS) {
    for (let w = 0; w < read.weight; w++) {
      for (const variables of read.variables) {
        entries.push({
          name: read.name,
          body: JSON.stringify({ query: read.query.replace(/\s+/g, ' ').trim(), variables }),
        });
      }
    }
  }
  // A fixed Fisher–Yates shuffle (a linear congruential generator), so runs are comparable.
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  return entries;
}

// ---------------------------------------------------------------- the writer

const WRITE_TYPES = [
  'AGREES_WITH',
  'PRAISES',
  'CRITICIZES',
  'OPPOSES',
  'SUPPORTS',
  'TRUSTS',
  'WORRIES_ABOUT',
];
const WRITE_ACTORS = [
  'trump',
  'putin',
  'zelensky',
  'vance',
  'rubio',
  'hegseth',
  'kremlin',
  'nato',
  'ukraine',
  'russia',
];
const POLARITIES = ['POSITIVE', 'NEGATIVE', 'NEUTRAL'];

const ASSERT_RELATION = `mutation Assert($input: RelationInput!) {
  assertRelation(input: $input) { id type source { id } target { id } evidence { start end } }
}`;

interface Quote {
  quote: string;
  start: number;
  end: number;
}

/** Sentences of the demo article that occur once in it, with their code-point offsets. */
export function articleQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(/[^.!?\n]+[.!?]/g)) {
    const quote = match[0].trim();
    if (quote.length < 25 || quote.length > 220) continue;
    const at = text.indexOf(quote);
    if (at < 0 || text.indexOf(quote, at + 1) >= 0) continue;
    const start = [...text.slice(0, at)].length;
    quotes.push({ quote, start, end: start + [...quote].length });
  }
  return quotes;
}

interface Write {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
}

/** The n-th write: a new id, and type, actors, polarity, confidence and quote varied with n. */
export function writeInput(runId: string, n: number, quotes: Quote[]) {
  const source = WRITE_ACTORS[n % WRITE_ACTORS.length];
  const target = WRITE_ACTORS[(n * 3 + 1) % WRITE_ACTORS.length];
  const quote = quotes[n % quotes.length];
  // Half the quotes carry their offsets; the other half leave the server to find them.
  const evidence =
    n % 2 === 0
      ? { documentId: DOCUMENT_ID, quote: quote.quote, start: quote.start, end: quote.end }
      : { documentId: DOCUMENT_ID, quote: quote.quote };
  return {
    id: `loadtest-${runId}-${n}`,
    type: WRITE_TYPES[n % WRITE_TYPES.length],
    sourceId: source,
    targetId: target === source ? 'european-union' : target,
    polarity: POLARITIES[n % POLARITIES.length],
    confidence: 0.5 + (n % 10) / 20,
    evidence: [evidence],
  };
}

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let parsed: GraphQLResponse;
  try {
    parsed = JSON.parse(text) as GraphQLResponse;
  } catch {
    parsed = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body: parsed };
}

const describeFailure = (status: number, body: GraphQLResponse) =>
  `HTTP ${status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`;

/** Sends writes until `stop()` is called; remembers the acknowledged ones. */
function startWriter(
  url: string,
  apiKey: string,
  rate: number,
  quotes: Quote[],
  samples: string[],
) {
  const runId = randomBytes(4).toString('hex');
  const acknowledged: Write[] = [];
  const latencies: number[] = [];
  let attempted = 0;
  let failed = 0;
  let stopped = false;
  const interval = rate > 0 ? 1000 / rate : 0;
  const done = (async () => {
    while (!stopped) {
      const input = writeInput(runId, attempted++, quotes);
      const started = performance.now();
      try {
        const { status, body } = await postJson(
          url,
          { query: ASSERT_RELATION, variables: { input } },
          { authorization: `Bearer ${apiKey}` },
        );
        latencies.push(performance.now() - started);
        const id = (body.data?.assertRelation as { id?: string } | undefined)?.id;
        if (status === 200 && !body.errors && id === input.id) {
          acknowledged.push({
            id,
            type: input.type,
            sourceId: input.sourceId,
            targetId: input.targetId,
          });
        } else {
          failed++;
          if (samples.length < 10)
            samples.push(`write ${input.id}: ${describeFailure(status, body)}`);
        }
      } catch (err) {
        failed++;
        if (samples.length < 10) samples.push(`write ${input.id}: ${String(err)}`);
      }
      const wait = interval - (performance.now() - started);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      return { attempted, failed, acknowledged, latencies };
    },
  };
}

/** Reads every acknowledged write back by id, ten per request; returns those missing or different. */
async function readBack(
  url: string,
  writes: Write[],
  samples: string[],
): Promise<{ found: number; lost: Write[] }> {
  const lost: Write[] = [];
  let found = 0;
  for (let i = 0; i < writes.length; i += 10) {
    const batch = writes.slice(i, i + 10);
    const query = `query ReadBack(${batch.map((_, j) => `$i${j}: ID!`).join(', ')}) {
      ${batch.map((_, j) => `r${j}: relation(id: $i${j}) { id type source { id } target { id } retraction { at } }`).join('\n')}
    }`;
    const variables = Object.fromEntries(batch.map((w, j) => [`i${j}`, w.id]));
    const { status, body } = await postJson(url, { query, variables });
    if (status !== 200 || body.errors) {
      throw new Error(`reading writes back failed: ${describeFailure(status, body)}`);
    }
    batch.forEach((w, j) => {
      const got = body.data?.[`r${j}`] as
        | {
            id: string;
            type: string;
            source: { id: string };
            target: { id: string };
            retraction: unknown;
          }
        | null
        | undefined;
      if (
        got?.id === w.id &&
        got.type === w.type &&
        got.source.id === w.sourceId &&
        got.target.id === w.targetId &&
        got.retraction === null
      ) {
        found++;
      } else {
        lost.push(w);
        if (samples.length < 10)
          samples.push(`lost write ${w.id}: read back ${JSON.stringify(got)}`);
      }
    });
  }
  return { found, lost };
}

// ---------------------------------------------------------------- statistics

export function latencyOf(values: number[]): Latency {
  if (values.length === 0) return { p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[sorted.length - 1]),
    mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}

// ---------------------------------------------------------------- the server under test

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

interface Target {
  url: string;
  apiKey: string;
  description: string;
  close(): Promise<void>;
}

/** `stancegraph start` (loading the demo corpus) in a child process, on a fresh local Neo4j unless `neo4jUri`. */
async function spawnServer(options: LoadTestOptions, log: (line: string) => void): Promise<Target> {
  const dir = await mkdtemp(join(os.tmpdir(), 'stancegraph-loadtest-'));
  const port = await freePort();
  const apiKey = randomBytes(24).toString('hex');
  const {
    NEO4J_URI: _u,
    NEO4J_USER: _n,
    NEO4J_PASSWORD: _p,
    NEO4J_DATABASE: _d,
    ...inherited
  } = process.env;
  const neo4j = options.neo4jUri
    ? {
        NEO4J_URI: options.neo4jUri,
        ...(_n !== undefined ? { NEO4J_USER: _n } : {}),
        ...(_p !== undefined ? { NEO4J_PASSWORD: _p } : {}),
        ...(_d !== undefined ? { NEO4J_DATABASE: _d } : {}),
      }
    : {
        STANCEGRAPH_NEO4J_HOME: join(dir, 'neo4j'),
        STANCEGRAPH_NEO4J_BOLT_PORT: String(await freePort()),
        STANCEGRAPH_NEO4J_HTTP_PORT: '0',
      };
  const logFile = join(dir, 'server.log');
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli.ts', 'start'], {
    cwd: PROJECT_ROOT,
    env: {
      ...inherited,
      ...neo4j,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      STANCEGRAPH_API_KEYS: `loadtest:${apiKey}`,
      // The load test measures throughput: one key sending thousands of requests is the point.
      STANCEGRAPH_RATE_LIMIT: 'off',
    },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const base = `http://127.0.0.1:${port}`;
  log(
    `starting stancegraph (${options.neo4jUri ? `Neo4j at ${options.neo4jUri}` : 'a fresh local Neo4j'}, demo corpus) on ${base}; log: ${logFile}`,
  );
  const until = Date.now() + 240_000;
  for (;;) {
    if (gone)
      throw new Error(
        `the server exited before it was ready; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`,
      );
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready after 240 s; see ${logFile}`);
    }
    const ready = await fetch(`${base}/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url: `${base}/graphql`,
    apiKey,
    description: `stancegraph start (production mode) on ${options.neo4jUri ?? 'a fresh local Neo4j'}, demo corpus`,
    async close() {
      if (!gone) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function targetOf(options: LoadTestOptions, log: (line: string) => void): Promise<Target> {
  if (!options.url) return spawnServer(options, log);
  const url = new URL(options.url);
  if (!LOOPBACK.has(url.hostname)) {
    throw new UsageError(
      `--url must be on loopback (127.0.0.1, localhost, ::1), not ${url.hostname}`,
    );
  }
  const apiKey = options.apiKey ?? process.env.STANCEGRAPH_LOADTEST_KEY;
  if (!apiKey)
    throw new UsageError('--url needs --api-key (or STANCEGRAPH_LOADTEST_KEY) for the writer');
  return {
    url: url.toString(),
    apiKey,
    description: url.toString(),
    close: () => Promise.resolve(),
  };
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Every query of the mix once: the target must answer them all without errors before the load starts. */
async function preflight(url: string, mix: MixEntry[]): Promise<void> {
  const seen = new Set<string>();
  for (const entry of mix) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: entry.body,
    });
    const body = (await response.json()) as GraphQLResponse;
    if (response.status !== 200 || body.errors || !body.data) {
      throw new Error(`preflight: ${entry.name} failed: ${describeFailure(response.status, body)}`);
    }
    if (entry.name === 'actorByName' && !seen.has(entry.name) && body.data.actor === null) {
      throw new Error('preflight: the demo corpus is not loaded (actor "Trump" not found)');
    }
    seen.add(entry.name);
  }
}

// ---------------------------------------------------------------- the run

export async function runLoadTest(options: LoadTestOptions): Promise<LoadTestReport> {
  const log = options.log ?? ((line: string) => process.stderr.write(`loadtest: ${line}\n`));
  const text = readFileSync(ARTICLE, 'utf8');
  const quotes = articleQuotes(text);
  const mix = readMix();
  const target = await targetOf(options, log);
  try {
    await preflight(target.url, mix);
    if ((options.warmup ?? 0) > 0) {
      log(`warming up for ${options.warmup} s (not measured)`);
      await autocannon({
        url: target.url,
        connections: options.connections,
        duration: options.warmup,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: mix.map((entry) => ({ method: 'POST', body: entry.body })),
      });
    }
    const loadAverageBefore = os.loadavg().map((n) => Math.round(n * 100) / 100);
    const startedAt = new Date().toISOString();
    log(
      `${options.duration} s at ${options.connections} connections (${mix.length} query variants), one writer at ${options.writeRate > 0 ? `${options.writeRate}/s` : 'full speed'}, against ${target.description}`,
    );

    const samples: string[] = [];
    const byQuery: Record<string, { requests: number; errors: number }> = {};
    for (const read of READS) byQuery[read.name] = { requests: 0, errors: 0 };
    const latencies: number[] = [];
    let graphqlErrors = 0;

    interface Ctx {
      entry?: MixEntry;
    }
    let cursor = 0;
    const writer = startWriter(target.url, target.apiKey, options.writeRate, quotes, samples);
    const result = await new Promise<autocannon.Result>((done, fail) => {
      const instance = autocannon(
        {
          url: target.url,
          connections: options.connections,
          duration: options.duration,
          timeout: 30,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', accept: 'application/json' },
              setupRequest: (request, context: Ctx) => {
                const entry = mix[cursor++ % mix.length];
                context.entry = entry;
                return { ...request, body: entry.body };
              },
              onResponse: (status, body, context: Ctx) => {
                const name = context.entry?.name ?? 'unknown';
                const counts = (byQuery[name] ??= { requests: 0, errors: 0 });
                counts.requests++;
                let parsed: GraphQLResponse | undefined;
                try {
                  parsed = JSON.parse(body) as GraphQLResponse;
                } catch {
                  parsed = undefined;
                }
                if (status >= 200 && status < 300 && (!parsed || parsed.errors || !parsed.data)) {
                  graphqlErrors++;
                  counts.errors++;
                  if (samples.length < 10)
                    samples.push(`${name}: HTTP ${status} ${body.slice(0, 300)}`);
                } else if (status < 200 || status >= 300) {
                  counts.errors++;
                  if (samples.length < 10)
                    samples.push(`${name}: HTTP ${status} ${body.slice(0, 300)}`);
                }
              },
            },
          ],
        },
        (err: unknown, res: autocannon.Result) =>
          err ? fail(err instanceof Error ? err : new Error(JSON.stringify(err))) : done(res),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        latencies.push(responseTime);
      });
      instance.on('reqError', (err) => {
        if (samples.length < 10) samples.push(`transport: ${String(err)}`);
      });
    });
    const writes = await writer.stop();
    const loadAverageAfter = os.loadavg().map((n) => Math.round(n * 100) / 100);
    log(`load done; reading ${writes.acknowledged.length} acknowledged writes back`);
    const back = await readBack(target.url, writes.acknowledged, samples);

    const seconds = result.duration;
    const reads = result.requests.total;
    const report: LoadTestReport = {
      target: target.description,
      startedAt,
      durationSeconds: Math.round(seconds * 10) / 10,
      warmupSeconds: options.warmup ?? 0,
      connections: options.connections,
      writeRateTarget: options.writeRate,
      machine: {
        nproc: os.availableParallelism(),
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
        node: process.version,
        loadAverageBefore,
        loadAverageAfter,
      },
      reads: {
        requests: reads,
        requestsPerSecond: Math.round((reads / seconds) * 10) / 10,
        latencyMs: latencyOf(latencies),
        non2xx: result.non2xx,
        graphqlErrors,
        transportErrors: result.errors,
        timeouts: result.timeouts,
        byQuery,
      },
      writes: {
        attempted: writes.attempted,
        acknowledged: writes.acknowledged.length,
        failed: writes.failed,
        perSecond: Math.round((writes.attempted / seconds) * 10) / 10,
        latencyMs: latencyOf(writes.latencies),
        readBack: back.found,
        lost: back.lost.length,
      },
      errorSamples: samples,
      ok: false,
    };
    report.ok =
      report.reads.non2xx === 0 &&
      report.reads.graphqlErrors === 0 &&
      report.reads.transportErrors === 0 &&
      report.writes.failed === 0 &&
      report.writes.lost === 0 &&
      report.writes.acknowledged > 0;
    return report;
  } finally {
    await target.close();
  }
}

export function formatReport(r: LoadTestReport): string {
  const l = (x: Latency) => `p50 ${x.p50} ms, p95 ${x.p95} ms, p99 ${x.p99} ms, max ${x.max} ms`;
  return [
    `target:  ${r.target}`,
    `machine: ${r.machine.nproc} CPUs (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, load average ${r.machine.loadAverageBefore.join(' ')} before, ${r.machine.loadAverageAfter.join(' ')} after`,
    `reads:   ${r.reads.requests} in ${r.durationSeconds} s = ${r.reads.requestsPerSecond}/s at ${r.connections} connections; ${l(r.reads.latencyMs)}`,
    `         errors: ${r.reads.non2xx} non-2xx, ${r.reads.graphqlErrors} GraphQL, ${r.reads.transportErrors} transport (${r.reads.timeouts} timeouts)`,
    `         by query: ${Object.entries(r.reads.byQuery)
      .map(([name, c]) => `${name} ${c.requests}${c.errors ? ` (${c.errors} errors)` : ''}`)
      .join(', ')}`,
    `writes:  ${r.writes.attempted} sent (${r.writes.perSecond}/s), ${r.writes.acknowledged} acknowledged, ${r.writes.failed} failed; ${l(r.writes.latencyMs)}`,
    `         read back by id: ${r.writes.readBack} of ${r.writes.acknowledged}; lost: ${r.writes.lost}`,
    ...(r.errorSamples.length > 0 ? ['errors:', ...r.errorSamples.map((s) => `  ${s}`)] : []),
    r.ok ? 'OK: no errors, no lost writes' : 'FAILED: see the errors above',
  ].join('\n');
}

// ---------------------------------------------------------------- command line

const USAGE = `usage: npm run loadtest -- [--duration S] [--warmup S] [--connections N] [--write-rate W] [--url URL --api-key KEY] [--neo4j-uri URI] [--json] [--out FILE]
  --duration S      seconds of load (default 60)
  --connections N   concurrent reader connections (default 8)
  --write-rate W    assertRelation writes per second by the one writer; 0: back to back (default 10)
  --warmup S        seconds of unmeasured reads first (default 10)
  --url URL         a running server on loopback with the demo corpus loaded (default: start one)
  --api-key KEY     its API key for the writer (or STANCEGRAPH_LOADTEST_KEY)
  --neo4j-uri URI   start the server on this Neo4j, not on a fresh local one (writes stay there)
  --json            print the report as JSON on stdout
  --out FILE        also write the JSON report to FILE`;

export function parseArgs(argv: string[]): LoadTestOptions & { json: boolean; out?: string } {
  const options: LoadTestOptions & { json: boolean; out?: string } = {
    duration: 60,
    connections: 8,
    writeRate: 10,
    warmup: 10,
    json: false,
  };
  const number = (flag: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n < min) {
      throw new UsageError(`${flag} needs a number ≥ ${min}`);
    }
    return n;
  };
  const string = (flag: string, value: string | undefined): string => {
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--duration':
        options.duration = number(flag, value, 1);
        i++;
        break;
      case '--connections':
        options.connections = Math.floor(number(flag, value, 1));
        i++;
        break;
      case '--warmup':
        options.warmup = number(flag, value, 0);
        i++;
        break;
      case '--write-rate':
        options.writeRate = number(flag, value, 0);
        i++;
        break;
      case '--url':
        options.url = string(flag, value);
        i++;
        break;
      case '--api-key':
        options.apiKey = string(flag, value);
        i++;
        break;
      case '--neo4j-uri':
        options.neo4jUri = string(flag, value);
        i++;
        break;
      case '--out':
        options.out = string(flag, value);
        i++;
        break;
      case '--json':
        options.json = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option ${String(flag)}`);
    }
  }
  return options;
}

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message ? `loadtest: ${err.message}\n` : ''}${USAGE}\n`);
    return err.message ? 2 : 0;
  }
  try {
    const report = await runLoadTest(options);
    process.stderr.write(`${formatReport(report)}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (options.out) writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    return report.ok ? 0 : 1;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`loadtest: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(
      `loadtest: failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
