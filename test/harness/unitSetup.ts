/**
 * Runs before each unit test file (jest.config.js, project "unit"): takes away
 * every way to the test Neo4j, so a unit test that needs a database fails at
 * once, saying so (openTestGraph), rather than passing only in a full run,
 * where a data project's globalSetup has set NEO4J_URI for the whole process.
 * Jest gives each test file its own copy of process.env, so other projects keep theirs.
 */
import { UNIT_MARKER } from './unitMarker';

for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
  delete process.env[name];
}
process.env[UNIT_MARKER] = '1';
