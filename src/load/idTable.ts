/**
 * A map from id to number for the millions of ids a large load defines, kept
 * outside the JavaScript heap.
 *
 * Pass 1 of a streaming load (./stream.ts) remembers where every id is
 * defined, to find an id that two files define. In a `Map` a million relation
 * ids cost about 100 MiB of live heap, and V8 lets the heap grow to several
 * times what is live before it collects, so the index alone pushed the loader
 * past 900 MiB at L (docs/BENCHMARKS.md). Here an id costs its bytes in one
 * arena and a few bytes of typed arrays: open addressing with linear probing
 * over a power-of-two table of entry numbers, FNV-1a over the id's characters
 * (kept per entry, so growing the table rehashes nothing).
 *
 * Ids are slugs (ASCII, at most 128 characters: src/dataset/schema.ts). An id
 * that is not (a file that will fail validation) is kept in an ordinary `Map`
 * beside the table, so the answers are exact for any string.
 */

const EMPTY = -1;
const MAX_BYTES = 255;

function isCompact(id: string): boolean {
  if (id.length > MAX_BYTES) return false;
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 0x7f) return false;
  return true;
}

function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class IdTable {
  #slots = new Int32Array(1024).fill(EMPTY);
  #offsets = new Uint32Array(512);
  #lengths = new Uint8Array(512);
  #hashes = new Uint32Array(512);
  #values = new Float64Array(512);
  #arena = Buffer.allocUnsafe(16 * 1024);
  #used = 0;
  #count = 0;
  #other = new Map<string, number>();

  get size(): number {
    return this.#count + this.#other.size;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get(id: string): number | undefined {
    if (!isCompact(id)) return this.#other.get(id);
    const slot = this.#find(id, hashOf(id));
    return slot < 0 ? undefined : this.#values[this.#slots[slot]];
  }

  set(id: string, value: number): this {
    if (!isCompact(id)) {
      this.#other.set(id, value);
      return this;
    }
    const hash = hashOf(id);
    const slot = this.#find(id, hash);
    if (slot >= 0) {
      this.#values[this.#slots[slot]] = value;
      return this;
    }
    const entry = this.#append(id, hash, value);
    this.#slots[~slot] = entry;
    if (this.#count * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2);
    return this;
  }

  /** Every id, in the order first set (compact ids first). */
  *keys(): IterableIterator<string> {
    for (let e = 0; e < this.#count; e++) {
      const start = this.#offsets[e];
      yield this.#arena.toString('latin1', start, start + this.#lengths[e]);
    }
    yield* this.#other.keys();
  }

  /** Frees the memory the table holds. */
  clear(): void {
    this.#slots = new Int32Array(1024).fill(EMPTY);
    this.#offsets = new Uint32Array(512);
    this.#lengths = new Uint8Array(512);
    this.#hashes = new Uint32Array(512);
    this.#values = new Float64Array(512);
    this.#arena = Buffer.allocUnsafe(16 * 1024);
    this.#used = 0;
    this.#count = 0;
    this.#other = new Map();
  }

  /** The slot holding `id`, or the bitwise complement of the empty slot where it would go. */
  #find(id: string, hash: number): number {
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot];
      if (entry === EMPTY) return ~slot;
      if (this.#hashes[entry] === hash && this.#equals(entry, id)) return slot;
    }
  }

  #equals(entry: number, id: string): boolean {
    if (this.#lengths[entry] !== id.length) return false;
    const start = this.#offsets[entry];
    for (let i = 0; i < id.length; i++)
      if (this.#arena[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  #append(id: string, hash: number, value: number): number {
    if (this.#count === this.#offsets.length) {
      const capacity = this.#count * 2;
      this.#offsets = grown(this.#offsets, new Uint32Array(capacity));
      this.#lengths = grown(this.#lengths, new Uint8Array(capacity));
      this.#hashes = grown(this.#hashes, new Uint32Array(capacity));
      this.#values = grown(this.#values, new Float64Array(capacity));
    }
    if (this.#used + id.length > this.#arena.length) {
      const arena = Buffer.allocUnsafe(Math.max(this.#arena.length * 2, this.#used + id.length));
      this.#arena.copy(arena, 0, 0, this.#used);
      this.#arena = arena;
    }
    const entry = this.#count++;
    this.#offsets[entry] = this.#used;
    this.#lengths[entry] = id.length;
    this.#hashes[entry] = hash;
    this.#values[entry] = value;
    this.#used += this.#arena.write(id, this.#used, 'latin1');
    return entry;
  }

  #rehash(capacity: number): void {
    const slots = new Int32Array(capacity).fill(EMPTY);
    const mask = capacity - 1;
    for (let e = 0; e < this.#count; e++) {
      let slot = this.#hashes[e] & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = e;
    }
    this.#slots = slots;
  }
}

function grown<T extends Uint32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
