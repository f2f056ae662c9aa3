#!/usr/bin/env node
// The `chaser` command. Runs the TypeScript sources through tsx, so it works right after `npm ci`.
require('tsx/cjs');
require('../src/cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
