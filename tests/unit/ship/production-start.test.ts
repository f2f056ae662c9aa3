import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { freePort } from '../../../src/store/embedded-azurite';
import { readTestAzurite } from '../../support/azurite-env';
import { ROOT } from './fixtures';

/**
 * The compiled server as production runs it (`node dist/index.js`), with the local-only packages made
 * unloadable: any require of Azurite, tsx or the Playground fails as it would in the deploy artifact, where
 * they are not installed. Compiled into a folder of its own under .deploy/ (so node_modules resolves).
 */
const LOCAL_ONLY = /^(azurite|tsx|@microsoft\/m365agentsplayground)(\/|$)/;
let outDir = '';
let blocker = '';
const children: ChildProcess[] = [];

beforeAll(() => {
  fs.mkdirSync(path.join(ROOT, '.deploy'), { recursive: true });
  const work = fs.mkdtempSync(path.join(ROOT, '.deploy', 'test-build-'));
  outDir = path.join(work, 'dist');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: ROOT });
  blocker = path.join(work, 'block-local-only.js');
  fs.writeFileSync(blocker, [
    "const Module = require('module');",
    'const resolve = Module._resolveFilename;',
    'Module._resolveFilename = function (request, ...rest) {',
    `  if (${LOCAL_ONLY}.test(request)) { const e = new Error("Cannot find module '" + request + "'"); e.code = 'MODULE_NOT_FOUND'; throw e; }`,
    '  return resolve.call(this, request, ...rest);',
    '};',
  ].join('\n'));
}, 120_000);

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  if (outDir) fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
});

/** Production settings: an app id (so authentication is on), no Playground, no demo. */
function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    MICROSOFT_APP_ID: '7d3c1a52-9b8e-4f61-a0d2-3e4f5a6b7c8d',
    MICROSOFT_APP_PASSWORD: 'not-used-offline',
    MICROSOFT_APP_TENANT_ID: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
    CHASER_HOST: '127.0.0.1',
    CHASER_SCHEDULER: 'false',
    ...extra,
  };
}

function start(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['-r', blocker, path.join(outDir, 'index.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  return { child, output: () => text, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('node dist/index.js in production mode, without the local-only packages', () => {
  it('when storage is a connection string, then it starts, answers /healthz and /readyz, and never loads Azurite, tsx or the Playground', async () => {
    const port = await freePort();
    const run = start(productionEnv({ PORT: String(port), CHASER_STORAGE_CONNECTION_STRING: readTestAzurite().connectionString, CHASER_TABLE_PREFIX: 'prodstart' }));
    await until(() => run.output().includes('Chaser is listening') || run.child.exitCode !== null, 30_000);
    expect(run.output()).toContain('"msg":"Chaser is listening"');
    expect(run.output()).not.toContain('Cannot find module');
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ status: 'ok', storage: 'ok' });
    // Storage is ready; the connector check needs Microsoft's token service, which these machines cannot reach.
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status === 200 ? { status: 'ready' } : await ready.json()).toMatchObject(ready.status === 200 ? { status: 'ready' } : { status: 'unavailable', down: ['connector'] });
    // Production logs are JSON lines (what App Service forwards to Log Analytics).
    for (const line of run.output().trim().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 60_000);

  it('when no storage is configured, then it stops with a sentence saying Azurite is not installed and what to set, exit 1', async () => {
    const run = start(productionEnv({ PORT: String(await freePort()) }));
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('The embedded Azurite is a development tool and is not installed here');
    expect(run.output()).toContain('CHASER_STORAGE_ACCOUNT_URL');
  }, 60_000);
});
