/**
 * Whether a data directory's record (src/db/launcherRecord.ts) names a local Neo4j
 * that is up: its processes alive and its Bolt port answering a real connection.
 */
import neo4j from 'neo4j-driver';
import { isAlive, readRecord, type LauncherRecord } from './launcherRecord';

export type Inspection =
  | { state: 'none' }
  | { state: 'ready'; record: LauncherRecord; bolt: string }
  | { state: 'starting'; record: LauncherRecord }
  /** Its processes are alive and hold the data directory, but nothing answers at its address. */
  | { state: 'unanswering'; record: LauncherRecord; bolt: string }
  | { state: 'stale'; record: LauncherRecord | 'unreadable'; reason: string };

const ANSWER_TIMEOUT_MS = 4_000;

export async function inspectHome(home: string): Promise<Inspection> {
  const record = await readRecord(home);
  if (record === undefined) return { state: 'none' };
  if (record === 'unreadable')
    return { state: 'stale', record, reason: 'its record is unreadable' };
  if (!isAlive(record.ownerPid))
    return {
      state: 'stale',
      record,
      reason: `the process that started it (${record.ownerPid}) has exited`,
    };
  if (record.state === 'starting') return { state: 'starting', record };
  if (record.bolt === undefined || !isAlive(record.pid))
    return { state: 'stale', record, reason: `its launcher (pid ${record.pid ?? '?'}) has exited` };
  // Twice, so that one slow moment on a busy machine does not count as "not answering".
  if (!(await answers(record.bolt)) && !(await answers(record.bolt)))
    return { state: 'unanswering', record, bolt: record.bolt };
  return { state: 'ready', record, bolt: record.bolt };
}

/** True when a Bolt server at `uri` accepts a connection (auth is off on the local Neo4j). */
export async function answers(uri: string, timeoutMs = ANSWER_TIMEOUT_MS): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    userAgent: 'stancegraph-probe',
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
