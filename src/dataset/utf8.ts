/** Strict UTF-8 decoding for dataset and document files. */
import { isUtf8 } from 'node:buffer';

export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number };

/** Decodes UTF-8, dropping a byte-order mark; on invalid bytes, says where the first one is. */
export function decodeUtf8(bytes: Buffer): Decoded {
  if (isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const lossy = bytes.toString('utf8');
  const bad = Math.max(lossy.indexOf('\uFFFD'), 0);
  const before = lossy.slice(0, bad);
  return { ok: false, line: before.split('\n').length, column: bad - before.lastIndexOf('\n') };
}
