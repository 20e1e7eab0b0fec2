#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the command works from a checkout without a build step.
require('tsx/cjs');
require('../src/cli.ts')
  .main(process.argv)
  .then((code) => process.exit(code));
