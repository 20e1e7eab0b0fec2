/**
 * The cost limit counts what a list will return (src/graphql/cost.ts): an
 * explicit `first`, a variable's value, or the field's default, so a request
 * that names no `first` costs what the default makes it return.
 */
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { schema } from '../../src/graphql/server';
import { listCost } from '../../src/graphql/cost';
import { DEFAULT_LIMITS } from '../../src/config';
import * as explorer from '../../explorer/src/queries';

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [listCost] });

describe('the cost of a request', () => {
  it('counts a list’s default `first` as if it were written', () => {
    const implicit = cost('{ actor(id: "hub") { relations { id } } }');
    const explicit = cost('{ actor(id: "hub") { relations(first: 50) { id } } }');
    expect(implicit).toBe(explicit);
    // The actor itself costs 2; its relations cost 50 times what one relation costs.
    const one = cost('{ actor(id: "hub") { relations(first: 1) { id } } }');
    expect(implicit - 2).toBe(50 * (one - 2));
  });

  it('counts a `first` given as a variable at its value', () => {
    const query = 'query($n: Int) { relations(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 100 })).toBe(cost(query, { n: 1 }) * 100);
    expect(cost(query, {})).toBe(cost('{ relations { edges { node { id } } } }'));
  });

  it('lets every operation the explorer sends through the default limit', () => {
    const variables = { id: 'x', actorId: 'x', query: 'x', fromId: 'x', toId: 'y' };
    const operations = Object.entries(explorer).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    expect(operations.length).toBeGreaterThan(5);
    for (const [name, text] of operations) {
      expect([name, cost(text, variables) <= DEFAULT_LIMITS.maxCost]).toEqual([name, true]);
    }
  });
});
