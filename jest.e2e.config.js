/**
 * The end-to-end suite: Chaser + the Agents Playground + headless Chromium (tests/e2e, `*.e2e.test.ts`).
 * Same TypeScript transform and run-wide Azurite as jest.config.js; one file at a time, in band,
 * because each journey drives one browser and one Playground.
 */
const base = require('./jest.config');

module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  globalSetup: base.globalSetup,
  globalTeardown: base.globalTeardown,
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
