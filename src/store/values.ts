/**
 * The Neo4j value types statements take as parameters. The driver sends a JS
 * number as a Float, so a parameter a file uses as an integer (LIMIT, a hop
 * count) is declared `Int` and built with `int()` of src/db/values.ts; dates
 * are Neo4j Dates built with its `date()`.
 */
import type { Integer } from 'neo4j-driver';
import type { date } from '../db/values';

export type Int = Integer;
/** A `YYYY-MM-DD` date as src/db/values.ts's `date()` builds it. */
export type CypherDate = NonNullable<ReturnType<typeof date>>;
