/**
 * What checking one answer shares: the resolver, the quote finder and the list
 * of dropped items with their reasons, which the engine logs and counts.
 */
import type { Quote } from '../engine';
import { oneLine } from './errors';
import { MIN_QUOTE_LENGTH, QuoteLocator, type Located } from './quotes';
import type { Resolver } from './resolve';

export type DropCause = 'schema' | 'quote' | 'actor' | 'topic' | 'modality' | 'self';

export interface Dropped {
  item: 'relation' | 'stance' | 'newActor';
  /** Its place in the answer's list, from 1. */
  number: number;
  cause: DropCause;
  reason: string;
}

/** The confidence of an item whose answer gives none. Neither this nor the model's figure is calibrated. */
export const DEFAULT_CONFIDENCE = 0.5;

export class CheckContext {
  readonly dropped: Dropped[] = [];
  /** Quotes found only once quotation marks, dashes and spaces were read alike. */
  reanchored = 0;
  private readonly quotes: QuoteLocator;

  constructor(
    text: string,
    readonly resolver: Resolver,
    /** Named in each item's note ("extracted by pattern …"). */
    readonly model: string,
  ) {
    this.quotes = new QuoteLocator(text);
  }

  drop(item: Dropped['item'], index: number, cause: DropCause, reason: string): void {
    this.dropped.push({ item, number: index + 1, cause, reason });
  }

  /** The quote's place in the article, or undefined (and the item dropped) when it is not there. */
  quote(item: Dropped['item'], index: number, quote: string): Located | undefined {
    if ([...quote.trim()].length < MIN_QUOTE_LENGTH) {
      this.drop(item, index, 'quote', `quote ${JSON.stringify(quote)} is too short to be evidence`);
      return undefined;
    }
    const found = this.quotes.locate(quote);
    if (!found)
      this.drop(
        item,
        index,
        'quote',
        `quote ${JSON.stringify(oneLine(quote, 80))} is not in the article`,
      );
    else if (!found.exact) this.reanchored++;
    return found;
  }
}

export function addEvidence(into: Quote[], q: Located): void {
  if (!into.some((e) => e.start === q.start && e.end === q.end))
    into.push({ start: q.start, end: q.end });
  into.sort((a, b) => a.start - b.start || a.end - b.end);
}
