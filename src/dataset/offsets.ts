/**
 * Evidence offsets count Unicode code points, end exclusive, so that an
 * analyst's Python `text[start:end]` gives the quote back. JavaScript strings
 * index UTF-16 code units; this module converts between the two.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

export class CodePointText {
  readonly text: string;
  /** UTF-16 index of each code point, with the text length appended; absent when the text has no surrogate pairs. */
  private readonly unitIndex: Uint32Array | undefined;

  constructor(text: string) {
    this.text = text;
    if (!SURROGATE.test(text)) {
      this.unitIndex = undefined;
      return;
    }
    const index: number[] = [];
    for (let i = 0; i < text.length; i++) {
      index.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    }
    index.push(text.length);
    this.unitIndex = Uint32Array.from(index);
  }

  /** Length in code points. */
  get length(): number {
    return this.unitIndex ? this.unitIndex.length - 1 : this.text.length;
  }

  toUnits(codePoint: number): number {
    return this.unitIndex ? (this.unitIndex[codePoint] ?? this.text.length) : codePoint;
  }

  toCodePoints(unit: number): number {
    if (!this.unitIndex) return unit;
    let lo = 0;
    let hi = this.unitIndex.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.unitIndex[mid] ?? 0) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  slice(start: number, end: number): string {
    return this.text.slice(this.toUnits(start), this.toUnits(end));
  }

  /** Every place the quote occurs, as code point [start, end) pairs. */
  findAll(quote: string, limit = 5): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    let at = this.text.indexOf(quote);
    while (at !== -1 && found.length < limit) {
      const start = this.toCodePoints(at);
      found.push([start, this.toCodePoints(at + quote.length)]);
      at = this.text.indexOf(quote, at + 1);
    }
    return found;
  }
}
