/**
 * Jest runs TypeScript through ts-jest (transpile only: tsconfig's isolatedModules; `npm run
 * typecheck` checks the types). Four projects:
 * - unit (test/unit): no database, no Java, seconds; `npm run test:unit` runs it alone.
 * - integration, e2e, notebook: a real Neo4j from globalSetup.
 * Jest gathers the globalSetup (and globalTeardown) modules of the projects that have a
 * test selected, each module once, and runs them before any test: the unit project alone
 * starts nothing, and the three data projects, naming the same module, share one Neo4j
 * (@jest/core's runGlobalHook).
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** A project of test/<folder>/**\/*.test.ts. */
const project = (folder, options = {}) => ({
  displayName: folder,
  testEnvironment: 'node',
  roots: [`<rootDir>/test/${folder}`],
  testMatch: ['**/*.test.ts'],
  transform,
  ...options,
});

const withNeo4j = {
  globalSetup: '<rootDir>/test/harness/globalSetup.ts',
  globalTeardown: '<rootDir>/test/harness/globalTeardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    // No NEO4J_* in a unit test, even when a data project's globalSetup set them for the run.
    project('unit', { setupFiles: ['<rootDir>/test/harness/unitSetup.ts'] }),
    project('integration', withNeo4j),
    project('e2e', withNeo4j),
    project('notebook', withNeo4j),
  ],
};
