/**
 * What pass 1 of a streaming load keeps for pass 2: each valid file's plan,
 * and its actors and topics in chunks, serialized (v8) to a temporary folder,
 * so the write reads them back instead of parsing and validating the file
 * again, and a corpus of any size (or a registry of any size) is never held in
 * memory whole. The folder is removed by `close`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export interface Spool {
  /** Keeps `value` under `key` (letters, digits and "-"). */
  put(key: string, value: unknown): Promise<void>;
  /** What was kept under `key` (undefined if nothing was). */
  get<T>(key: string): Promise<T | undefined>;
  /** Drops what was kept under `key` once it is no longer needed. */
  drop(key: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSpool(): Promise<Spool> {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-load-spool-'));
  const kept = new Set<string>();
  const path = (key: string) => join(dir, `${key}.v8`);
  return {
    async put(key, value) {
      await writeFile(path(key), serialize(value));
      kept.add(key);
    },
    async get<T>(key: string) {
      if (!kept.has(key)) return undefined;
      return deserialize(await readFile(path(key))) as T;
    },
    async drop(key) {
      if (kept.delete(key)) await rm(path(key), { force: true });
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
