/** What one benchmark run records (bench/results/*.json) and the tables print. */
import type { SizeSpec } from '../../src/gen/sizes';
import type { QueryPlan } from './plans';

export interface BenchOptions {
  size: SizeSpec;
  seed: number;
  concurrency: number;
  /** Measured requests per contender and query (at most). */
  requests: number;
  /** Measurement time per contender and query (at most). */
  seconds: number;
  warmupRequests: number;
  warmupSeconds: number;
  /**
   * Rounds per query: the contenders take turns (A B C D, A B C D, …), each round gets 1/rounds of
   * the requests and seconds, and the tables report the median of the rounds. Absent in results
   * recorded before rounds (one turn each).
   */
  rounds?: number;
  /** Time box of the naive loader's document phase. */
  naiveSeconds: number;
  /**
   * Time box of stancegraph's loader's document phase (both loads); unset: load everything. When
   * set (for L), the queries run on the graph the raw floor wrote, loaded last.
   */
  loadSeconds?: number;
  /** False: the dashboard aggregates are left out (`--no-aggregates`). */
  aggregates?: boolean;
  /** Where the JSON goes; null: nowhere. */
  resultsDir: string | null;
  log: (line: string) => void;
}

export interface LatencyStats {
  count: number;
  errors: number;
  firstError?: string;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  rps: number;
  kbPerResponse: number;
  /** Each round's p50 (ms), when the figure is the median of rounds. */
  roundP50s?: number[];
}

export interface LoadingRow {
  contender:
    | 'raw-create'
    | 'parse-and-create'
    | 'naive-merge'
    | 'stancegraph'
    | 'stancegraph-reload'
    | 'stancegraph-bulk';
  seconds: number;
  relations: number;
  relationsPerSecond: number;
  statements: number;
  transactions: number;
  peakRssMb: number;
  startRssMb: number;
  extrapolated?: { fromRelations: number; fullSeconds: number };
  idempotent?: boolean;
  note?: string;
  /** Where the time went: the statements waited on longest (ms, count); the rest is reading, validating, committing. */
  topStatements: Array<{ statement: string; ms: number; count: number }>;
  /** stancegraph's loader: validation of the whole corpus, the registry transaction, the documents. */
  phases?: {
    validateSeconds: number;
    registrySeconds: number;
    documentsSeconds: number;
    documents: number;
    totalDocuments: number;
    /** The highest RSS seen in each phase, in MiB. */
    peakRssMb?: { validate: number; registry: number; documents: number };
  };
}

export interface QueryRow {
  key: string;
  title: string;
  peerNote?: string;
  parameterSets: number;
  stancegraph: LatencyStats;
  /** The same stack with one resolver returning the floor statement's rows (absent in older results). */
  graphqlFloor?: LatencyStats;
  /** stancegraph with its response cache on, primed (absent in older results); never a cold figure. */
  warm?: LatencyStats;
  floor: LatencyStats;
  /** Absent where @neo4j/graphql cannot express the query (the report says n/a). */
  peer?: LatencyStats;
  /** The 1-minute load average when the row started and when it ended (absent in older results). */
  loadAverage?: [number, number];
  plan: QueryPlan | undefined;
  serverRssUnderLoadMb: number;
}

export interface BenchResult {
  version: 1;
  size: SizeSpec;
  seed: number;
  startedAt: string;
  finishedAt: string;
  machine: {
    nproc: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
    neo4j: string;
  };
  settings: Omit<BenchOptions, 'log' | 'size' | 'resultsDir'>;
  /** When the loader was time-boxed, the queries ran on the graph the raw floor wrote. */
  queriedGraph: 'stancegraph-loader' | 'raw-floor';
  corpus: {
    files: number;
    mib: number;
    relations: number;
    stances: number;
    evidence: number;
    actors: number;
    documents: number;
  };
  hub: { id: string; outDegree: number };
  loading: LoadingRow[];
  /** `{ __typename }` through stancegraph's stack and through Apollo's standalone server (absent in older results). */
  httpFloors?: {
    stack: LatencyStats;
    standalone: LatencyStats;
    loadAverage: [number, number];
  };
  queries: QueryRow[];
  memory: { serverRestRssMb: number; serverUnderLoadRssMb: number; loaderPeakRssMb: number };
  resultsFile?: string;
}
