/**
 * One local Neo4j per data directory, shared: a command uses the one another
 * stancegraph process already runs there (found through its record and checked
 * by connecting), and starts one only when none answers. The process that
 * started it stops it; the others leave it running.
 */
import * as path from 'node:path';
import {
  AlreadyRunning,
  unanswering,
  startLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jOptions,
} from './localNeo4j';
import { Neo4jProblem } from './problems';
import { inspectHome, type Inspection } from './runningNeo4j';

/** How long to wait for a Neo4j that another process is starting (its first start builds with Maven). */
const WAIT_FOR_STARTING_MS = 180_000;
const POLL_MS = 500;
/** Lost races for the directory before giving up (each one means another process started first). */
const MAX_RACES = 10;

/** The local Neo4j for `opts.home`: the running one, or a new one this process owns. */
export async function useLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const home = path.resolve(opts.home);
  const deadline = Date.now() + WAIT_FOR_STARTING_MS;
  let waiting = false;
  let raced = 0;
  for (;;) {
    const found = await inspectHome(home);
    if (found.state === 'ready') {
      opts.log?.(
        `using the local Neo4j at ${found.bolt} that process ${found.record.ownerPid} started (data in ${home}); it keeps running when this command ends`,
      );
      return attach(found, home);
    }
    if (found.state === 'starting') {
      if (Date.now() > deadline)
        throw new Neo4jProblem(
          'unavailable',
          `process ${found.record.ownerPid} has been starting the local Neo4j in ${home} for over ${WAIT_FOR_STARTING_MS / 1000} s; stop it (kill ${found.record.ownerPid}) and try again`,
        );
      if (!waiting)
        opts.log?.(`waiting for the local Neo4j that process ${found.record.ownerPid} is starting`);
      waiting = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    if (found.state === 'unanswering') throw unanswering(found);
    try {
      opts.log?.(`starting a local Neo4j (data in ${home})`);
      return await startLocalNeo4j({ ...opts, home });
    } catch (err) {
      // Another process claimed the directory between our look and our start: use theirs.
      if (!(err instanceof AlreadyRunning)) throw err;
      if (++raced > MAX_RACES)
        throw new Neo4jProblem(
          'unavailable',
          `${err.message}, but it cannot be used; stop it or set STANCEGRAPH_NEO4J_HOME to another folder`,
        );
    }
  }
}

function attach(found: Extract<Inspection, { state: 'ready' }>, home: string): LocalNeo4j {
  return {
    uri: found.bolt,
    user: 'neo4j',
    password: '',
    ...(found.record.http !== undefined ? { httpUrl: found.record.http } : {}),
    home,
    logFile: path.join(home, 'logs', 'debug.log'),
    pid: found.record.pid,
    sharedFrom: found.record.ownerPid,
    // Not ours to stop: the process that started it does, when it ends.
    stop: () => Promise.resolve(),
  };
}
