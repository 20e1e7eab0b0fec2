/**
 * graphql-ws publishes its ws adapter only under the package's `exports` map
 * (`graphql-ws/use/ws`), which TypeScript's `node10` module resolution (this
 * project's) does not read; Node, tsx and jest do. This points TypeScript at
 * the same declarations.
 */
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws.cjs';
}
