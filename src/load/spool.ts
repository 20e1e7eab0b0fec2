/**
 * What pass 1 of a streaming load keeps for pass 2: each valid file's plan,
 * serialized (v8) to a temporary folder, so the write reads it back instead of
 * parsing and validating the file again, and a corpus of any size is never
 * held in memory whole. The folder is removed by `close`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DatasetPlan } from '../dataset/plan';

export interface Spool {
  put(file: number, plan: DatasetPlan): Promise<void>;
  /** The plan pass 1 kept for the file (undefined if it kept none). */
  get(file: number): Promise<DatasetPlan | undefined>;
  /** Drops the file's plan once it is written. */
  drop(file: number): Promise<void>;
  close(): Promise<void>;
}

export async function openSpool(): Promise<Spool> {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-load-spool-'));
  const kept = new Set<number>();
  const path = (file: number) => join(dir, `${file}.v8`);
  return {
    async put(file, plan) {
      await writeFile(path(file), serialize(plan));
      kept.add(file);
    },
    async get(file) {
      if (!kept.has(file)) return undefined;
      return deserialize(await readFile(path(file))) as DatasetPlan;
    },
    async drop(file) {
      if (kept.delete(file)) await rm(path(file), { force: true });
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
