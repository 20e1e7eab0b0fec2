/**
 * The statements under cypher/ that test/integration/cypher.test.ts plans in
 * Neo4j one by one are found: the list is read from the folder, so a folder
 * the reader misses would leave statements unchecked there without a failure.
 */
import { cypherFiles } from '../harness/cypherFiles';

const files = cypherFiles();

it('finds the statements the app runs', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'actor/by-id.cypher',
      'actors/page.cypher',
      'load/actors.cypher',
      'ready.cypher',
    ]),
  );
  expect(files).not.toContain('schema.cypher');
});
