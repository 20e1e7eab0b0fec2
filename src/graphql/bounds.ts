/**
 * The lists under a type (`Actor.relations`, `Actor.stances`, `Topic.stances`,
 * `documents`) are bounded: each has `first` with a default (schema.graphql)
 * and a maximum, so no field returns an unbounded list.
 */
import { badInput } from './errors';

/** The most any bounded list field returns; ask for less with `first`. */
export const MAX_LIST = 1000;

/** `first` of a bounded list, checked: an integer from 1 to MAX_LIST. */
export function listSize(argument: string, first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_LIST) {
    throw badInput(argument, `must be between 1 and ${MAX_LIST}; got ${first}`);
  }
  return first;
}
