/**
 * Where an export's text goes: a file or stdout (the CLI, with backpressure,
 * so memory stays flat however large the graph) or a string (the API).
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface TextSink {
  write(text: string): Promise<void>;
  /** Ends the output; the file appears under its name only now. */
  close(): Promise<void>;
  /** Gives up: a partial file is removed. */
  abort(): Promise<void>;
}

/** Opens the files of one export by name (nodes.csv, graph.graphml, …). */
export type Output = (name: string, mediaType: string) => TextSink;

async function writeTo(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Writes to `path`: first to `path.partial`, renamed when complete, so a failed export leaves no truncated file. */
export function fileSink(path: string): TextSink {
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial, { encoding: 'utf8' });
  let failure: Error | undefined;
  stream.on('error', (err) => (failure = err));
  return {
    async write(text) {
      if (failure) throw failure;
      await writeTo(stream, text);
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
      await rename(partial, path);
    },
    async abort() {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}

/** Writes to stdout, which stays open. */
export function stdoutSink(): TextSink {
  return {
    write: (text) => writeTo(process.stdout, text),
    close: () => Promise.resolve(),
    abort: () => Promise.resolve(),
  };
}

/** Collects the text in memory; `text()` gives it once closed. */
export function stringSink(): TextSink & { text(): string } {
  const chunks: string[] = [];
  return {
    write: (text) => {
      chunks.push(text);
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
    abort: () => {
      chunks.length = 0;
      return Promise.resolve();
    },
    text: () => chunks.join(''),
  };
}
