/**
 * The crash tests (tests/adversarial/crash-*.test.ts) kill real processes many times: they run on their
 * own, one file at a time, after the main suites (scripts/run-tests.js), so other suites do not starve them.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['**/tests/adversarial/crash-*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 1,
};
