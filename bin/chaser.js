#!/usr/bin/env node
'use strict';
// The `chaser` command. Runs the compiled JavaScript in dist/ when it is there and at least as new as every
// file in src/ (fast start; the only way in a production package, which has no src/ and no tsx), otherwise
// the TypeScript sources through tsx, so it works right after `npm ci` and while editing.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'cli', 'main.js');

// Chaser runs on Node 24 (package.json "engines"). Started by an older Node (`node bin/chaser.js` with the
// system's Node 20), it runs itself again on the Node 24 that `npm ci` installed, or says what to do.
if (Number(process.versions.node.split('.')[0]) < 24) {
  const node24 = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  if (fs.existsSync(node24)) {
    const run = require('child_process').spawnSync(node24, [__filename, ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(run.status ?? 1);
  }
  process.stderr.write(`Chaser needs Node 24; this is Node ${process.versions.node}. Run it as "npx chaser" after "npm ci" (which installs Node 24 on Linux x64), or install Node 24.\n`);
  process.exit(1);
}

/** Newest modification time (ms) of any file under dir, or 0 when the folder does not exist. */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isFile()) latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

function useCompiled() {
  let built;
  try {
    built = fs.statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
  return built >= newest(path.join(root, 'src'));
}

let entry;
if (useCompiled()) {
  entry = compiled;
} else {
  require('tsx/cjs');
  // Commands load their heavy modules with import() when they run, which needs tsx's ESM hooks too;
  // help and version load nothing more, so they start without them (the hooks cost a few hundred ms).
  const first = process.argv[2];
  const onlyHelp = !first || ['help', '--help', '-h', 'version', '--version', '-v', '-V'].includes(first) || process.argv.slice(3).some((a) => a === '--help' || a === '-h');
  if (!onlyHelp) require('tsx/esm/api').register();
  entry = path.join(root, 'src', 'cli', 'main.ts');
}
// `chaser list | head`: the reader may go before everything is written. The command still finishes its
// work (an import is written whole); what it would have printed is dropped, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
  });
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
