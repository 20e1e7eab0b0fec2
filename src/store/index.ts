/** The typed store: one declaration per Cypher file (see ./statement.ts). */
export * from './statement';
export * from './rows';
export * from './actor';
export * from './load';
