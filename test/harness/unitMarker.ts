/** Set in a unit test's environment (./unitSetup.ts), where no database is to be had. */
export const UNIT_MARKER = 'STANCEGRAPH_UNIT_TEST';
