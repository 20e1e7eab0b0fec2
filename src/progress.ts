/**
 * Progress of a long CLI operation (loading, exporting, generating): a bar on a
 * terminal, plain `stancegraph: <label> <done>/<total> (<pct>%)` lines when
 * stderr is not a terminal (CI logs, pipes), and nothing at all for small jobs.
 * Progress goes to stderr so stdout stays the command's output.
 */
import { SingleBar } from 'cli-progress';

/** Jobs with fewer items than this finish too fast for progress to help. */
export const PROGRESS_THRESHOLD = 2000;

/** Plain lines are written at most this often (plus one at the end). */
const LINE_INTERVAL_MS = 2000;

export interface Progress {
  /** Records `n` more items done (default 1). */
  advance(n?: number): void;
  /** Ends the bar or writes the last line; safe to call more than once. */
  stop(): void;
}

export interface ProgressOptions {
  /** Where progress goes (stderr by default). */
  stream?: NodeJS.WriteStream;
  /** Below this many items nothing is shown (PROGRESS_THRESHOLD by default). */
  threshold?: number;
  /** Clock for plain lines, for tests. */
  now?: () => number;
}

const silent: Progress = { advance() {}, stop() {} };

/** Starts showing progress of `label` over `total` items. */
export function startProgress(
  label: string,
  total: number,
  options: ProgressOptions = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  if (total < (options.threshold ?? PROGRESS_THRESHOLD)) return silent;
  if (stream.isTTY) return barProgress(label, total, stream);
  return lineProgress(label, total, stream, options.now ?? Date.now);
}

function barProgress(label: string, total: number, stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar({
    stream,
    format: `stancegraph: ${label} [{bar}] {value}/{total} {percentage}% · {eta_formatted} left`,
    barsize: 30,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  let stopped = false;
  return {
    advance(n = 1) {
      if (!stopped) bar.increment(n);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}

function lineProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream,
  now: () => number,
): Progress {
  let done = 0;
  let last = now();
  let stopped = false;
  const write = () => {
    const pct = Math.floor((100 * done) / total);
    stream.write(`stancegraph: ${label} ${done}/${total} (${pct}%)\n`);
  };
  return {
    advance(n = 1) {
      if (stopped) return;
      done = Math.min(total, done + n);
      if (now() - last >= LINE_INTERVAL_MS) {
        last = now();
        write();
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      write();
    },
  };
}
