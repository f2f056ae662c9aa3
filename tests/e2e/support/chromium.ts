import * as fs from 'fs';

/**
 * Debian's Chromium (`apt-get install -y chromium`), driven by playwright-core.
 * CHROMIUM_PATH overrides where it is looked for.
 */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The flags that work on these machines (found by trying them on the CI machines). `--headless` is added by playwright-core
 * itself, and the empty profile is the `userDataDir` handed to `launchPersistentContext`.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

/** Why the end-to-end suite cannot run here, or null when it can. */
export function e2eUnavailableReason(): string | null {
  try {
    require.resolve('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm ci installs it as a dev dependency)';
  }
  if (!findChromium()) {
    return `Chromium was not found (${process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.join(' or ')}): install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`;
  }
  return null;
}
