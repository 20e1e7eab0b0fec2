/**
 * The record a local Neo4j leaves in its data directory (stancegraph-neo4j.json)
 * saying who started it and where it answers, so that other stancegraph commands
 * on the same directory use it instead of starting a second one on a locked store.
 * Creating the record is also how a process claims the right to start one.
 */
import { promises as fs, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

export const RECORD_FILE = 'stancegraph-neo4j.json';

const Record = z.object({
  /** 'starting' until the launcher has printed its ready line. */
  state: z.enum(['starting', 'ready']),
  /** The stancegraph process that started it and will stop it. */
  ownerPid: z.number().int().positive(),
  /** The Java launcher's process, once spawned. */
  pid: z.number().int().positive().optional(),
  bolt: z.string().optional(),
  http: z.string().optional(),
  home: z.string(),
  startedAt: z.string(),
});
export type LauncherRecord = z.infer<typeof Record>;

export function recordPath(home: string): string {
  return path.join(home, RECORD_FILE);
}

/** The record in `home`; undefined when there is none, and 'unreadable' when it is not one. */
export async function readRecord(home: string): Promise<LauncherRecord | 'unreadable' | undefined> {
  let text: string;
  try {
    text = await fs.readFile(recordPath(home), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const parsed = Record.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Creates the record unless one exists; true when this process now owns `home`'s launcher. */
export async function claimRecord(record: LauncherRecord): Promise<boolean> {
  try {
    await fs.writeFile(recordPath(record.home), `${JSON.stringify(record, null, 2)}\n`, {
      flag: 'wx',
    });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Replaces the record this process owns (written aside, then renamed, so readers never see half). */
export async function updateRecord(record: LauncherRecord): Promise<void> {
  const file = recordPath(record.home);
  const aside = `${file}.${process.pid}.tmp`;
  await fs.writeFile(aside, `${JSON.stringify(record, null, 2)}\n`);
  await fs.rename(aside, file);
}

/** Removes `record` from its home if the file still holds that very record. */
export async function removeRecord(record: LauncherRecord): Promise<void> {
  const current = await readRecord(record.home).catch(() => undefined);
  if (current !== 'unreadable' && !sameRecord(current, record)) return;
  await fs.rm(recordPath(record.home), { force: true });
}

/** removeRecord for an 'exit' handler, where nothing can be awaited. */
export function removeRecordNow(record: LauncherRecord): void {
  try {
    const file = recordPath(record.home);
    const current = Record.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (current.success && sameRecord(current.data, record)) rmSync(file, { force: true });
  } catch {
    // Nothing to remove, or nothing useful to do while exiting.
  }
}

function sameRecord(a: LauncherRecord | undefined, b: LauncherRecord): boolean {
  return a?.ownerPid === b.ownerPid && a.startedAt === b.startedAt;
}

/** Whether a process with this id exists (EPERM: it does, but belongs to someone else). */
export function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
