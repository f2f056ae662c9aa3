#!/usr/bin/env node
'use strict';
/**
 * `npm test` after the type-check and `npm run lint` (the dependency rule, type-aware ESLint, dead code):
 * the unit and integration suites (jest.config.js), then the end-to-end
 * suite (jest.e2e.config.js: Chaser + Agents Playground + headless Chromium) when Chromium is installed.
 *
 * CHASER_E2E=skip   never run the end-to-end suite;
 * CHASER_E2E=require fail when it cannot run (the default when CI=true: CI installs Chromium, see .ci/run);
 * otherwise it runs when it can and says loudly when it was skipped.
 * Arguments (`npm test -- tests/unit/foo`) go to the first jest run only, and then the end-to-end suite is left out.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const jestBin = require.resolve('jest/bin/jest', { paths: [root] });

/** Totals over both runs, for the plain closing line "N passed, N failed". */
const totals = { passed: 0, failed: 0 };

function jest(label, jestArgs) {
  console.log(`\n> ${label}: jest ${jestArgs.join(' ')}`.trimEnd());
  const report = path.join(root, 'test-results', `jest-${totals.passed + totals.failed}-${Date.now()}.json`);
  fs.mkdirSync(path.dirname(report), { recursive: true });
  const result = spawnSync(process.execPath, [jestBin, ...jestArgs, '--json', `--outputFile=${report}`], { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`${label}: could not start jest: ${result.error.message}`);
    return false;
  }
  try {
    const counts = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += counts.numPassedTests;
    totals.failed += counts.numFailedTests + (counts.numRuntimeErrorTestSuites || 0);
    fs.rmSync(report, { force: true });
  } catch {
    totals.failed += result.status === 0 ? 0 : 1;
  }
  return result.status === 0;
}

/** Why the end-to-end suite cannot run here, or null (the same checks as tests/e2e/support/chromium.ts). */
function e2eUnavailableReason() {
  try {
    require.resolve('playwright-core', { paths: [root] });
  } catch {
    return 'playwright-core is not installed (run npm ci)';
  }
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  if (!candidates.some((p) => fs.existsSync(p))) {
    return `Chromium was not found (${candidates.join(' or ')}); install it with: apt-get install -y chromium (or set CHROMIUM_PATH)`;
  }
  return null;
}

function banner(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = '*'.repeat(width);
  console.log(`\n${bar}\n${lines.map((l) => `* ${l.padEnd(width - 4)} *`).join('\n')}\n${bar}\n`);
}

const results = [];
let mainOk = jest('unit and integration tests', args);
results.push(`unit and integration: ${mainOk ? 'passed' : 'FAILED'}`);
if (!args.length) {
  const crashOk = jest('crash tests (processes killed mid-sweep)', ['-c', 'jest.crash.config.js']);
  results.push(`crash tests: ${crashOk ? 'passed' : 'FAILED'}`);
  mainOk = mainOk && crashOk;
}

const mode = (process.env.CHASER_E2E || (process.env.CI === 'true' ? 'require' : 'auto')).toLowerCase();
let e2eOk = true;
if (args.length) {
  results.push('end-to-end: not run (arguments were given; run `npm run test:e2e` for it)');
} else if (mode === 'skip' || mode === '0' || mode === 'false') {
  results.push('end-to-end: SKIPPED (CHASER_E2E=skip)');
  banner(['END-TO-END TESTS SKIPPED: CHASER_E2E=skip.']);
} else {
  const reason = e2eUnavailableReason();
  if (reason) {
    const required = mode === 'require' || mode === '1' || mode === 'true';
    e2eOk = !required;
    results.push(`end-to-end: ${required ? 'FAILED (required but cannot run)' : 'SKIPPED'}: ${reason}`);
    banner([
      required ? 'END-TO-END TESTS CANNOT RUN, AND THEY ARE REQUIRED HERE (CI or CHASER_E2E=require).' : 'END-TO-END TESTS SKIPPED (Agents Playground + Chromium).',
      reason,
    ]);
  } else {
    e2eOk = jest('end-to-end tests (Agents Playground + Chromium)', ['-c', 'jest.e2e.config.js']);
    results.push(`end-to-end: ${e2eOk ? 'passed' : 'FAILED'} (screenshots in test-results/e2e/)`);
  }
}

console.log(`\nTest summary:\n  ${results.join('\n  ')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(mainOk && e2eOk ? 0 : 1);
