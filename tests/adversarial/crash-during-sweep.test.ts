import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import { PluginBuild, build } from 'esbuild';
import { createServer, Server } from 'http';
import * as path from 'path';
import { anAction } from '../support/builders';
import { readTestAzurite } from '../support/azurite-env';
import { testStore } from '../support/store-fixture';

/**
 * Crash-safety of the reminder sweep, with real SIGKILLs: 300 reminders for 60 people (60 cards) are due;
 * the sweeping process is killed at random moments at least 20 times, restarted each time once its
 * claims and lease have run out, then left to finish. Goal: nothing lost, and at most the cards in
 * flight at each kill sent twice.
 */
const PEOPLE = 60;
const ACTIONS_EACH = 5;
const KILLS = 20;
const CLAIM_MS = 300;
/** Cards in flight at once in one sweep (send-reminder-cards' PARALLEL_PEOPLE). */
const IN_FLIGHT = 4;
const MONDAY_9AM = '2022-05-09T08:00:00Z';

describe('killing the sweeping process at random moments', () => {
  let standIn: Server;
  let url: string;
  const received: Array<{ target: string; numbers: number[] }> = [];

  let child = '';

  beforeAll(async () => {
    // The sweeping process is bundled once (esbuild, which tsx ships), so each restart costs a fraction of a second.
    child = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-crash-')), 'sweep-child.js');
    // The embedded Azurite's server code is never used by the sweep: leave it out so a restart is quick.
    const noAzurite = { name: 'no-azurite', setup(build: PluginBuild) {
      build.onResolve({ filter: /^azurite\// }, (args) => ({ path: args.path, namespace: 'unused' }));
      build.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    } };
    await build({ entryPoints: [path.join(__dirname, 'support', 'sweep-child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, packages: 'external', logLevel: 'error', plugins: [noAzurite] });
    standIn = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        const { target, text } = JSON.parse(body) as { target: string; text: string };
        received.push({ target, numbers: [...text.matchAll(/(\d+) \(/g)].map((m) => Number(m[1])) });
        // Teams takes a moment to answer: kills land while cards are in flight.
        setTimeout(() => res.writeHead(201).end('{}'), 60);
      });
    });
    await new Promise<void>((r) => standIn.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(standIn.address() as { port: number }).port}/send`;
  });
  afterAll(() => new Promise<void>((r) => standIn.close(() => r())));

  it(`when the process is killed ${KILLS} times mid-sweep, then every reminder arrives and repeats stay within the cards in flight`, async () => {
    const store = testStore();
    const actions = [];
    for (let p = 1; p <= PEOPLE; p++) {
      await store.leads.save({ lead: `Lead ${p}`, users: [{ id: `aad-${p}`, name: `Person ${p}` }], delegates: [], updatedAt: MONDAY_9AM });
      await store.conversations.save({ tenantId: 't', scope: 'personal', target: `aad-${p}`, userName: `Person ${p}`, upn: null, reference: {}, updatedAt: MONDAY_9AM, blockedAt: null });
      for (let k = 1; k <= ACTIONS_EACH; k++) {
        const number = (p - 1) * ACTIONS_EACH + k;
        actions.push({ action: anAction({ number, lead: `Lead ${p}`, due: '2022-05-16' }), history: [] });
      }
    }
    await store.actions.createMany(actions);

    // Every run's clock starts where real time has got to since 09:00, so leases and claims age as they would.
    const started = Date.now();
    const now = () => new Date(Date.parse(MONDAY_9AM) + (Date.now() - started)).toISOString();
    const run = (killAfterMs: number | null) => new Promise<{ killed: boolean }>((resolve, reject) => {
      const proc = spawn(process.execPath, [child], {
        env: { ...process.env, NODE_PATH: path.join(__dirname, '..', '..', 'node_modules'), CRASH_STORAGE: readTestAzurite().connectionString, CRASH_PREFIX: store.tables.prefix, CRASH_STAND_IN: url, CRASH_NOW: now(), CRASH_CLAIM_MS: String(CLAIM_MS) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let killed = false;
      proc.stdout.on('data', (c: Buffer) => {
        if (killAfterMs !== null && c.toString().includes('sweeping')) setTimeout(() => { killed = proc.kill('SIGKILL'); }, killAfterMs);
      });
      let err = '';
      proc.stderr.on('data', (c: Buffer) => { err += c.toString(); });
      proc.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? resolve({ killed: signal === 'SIGKILL' && killed }) : reject(new Error(`sweep child failed (${code}): ${err}`))));
    });

    let kills = 0;
    for (let attempt = 0; kills < KILLS && attempt < KILLS * 4; attempt++) {
      if ((await run(30 + Math.floor(Math.random() * 500))).killed) kills++;
      await new Promise((r) => setTimeout(r, CLAIM_MS + 50)); // the dead sweep's claims and lease run out
    }
    await run(null);
    await run(null); // a second clean run finds nothing left to send

    expect(kills).toBeGreaterThanOrEqual(KILLS);
    const deliveredTo = new Map<number, number>();
    for (const card of received) for (const n of card.numbers) deliveredTo.set(n, (deliveredTo.get(n) ?? 0) + 1);
    const lost = actions.filter(({ action }) => !deliveredTo.has(action.number));
    expect(lost).toEqual([]);
    const repeatedCards = received.length - PEOPLE;
    expect(repeatedCards).toBeLessThanOrEqual(kills * IN_FLIGHT);
    const ledger = (await Promise.all(actions.slice(0, 25).map(({ action }) => store.ledger.forScope(`OB_2022-04-21_${String(action.number).padStart(3, '0')}`)))).flat();
    expect(ledger.every((row) => row.entry.state === 'sent')).toBe(true);
    process.stdout.write(`crash test: ${kills} kills, ${received.length} cards for ${PEOPLE} people (${repeatedCards} repeated), 0 lost\n`);
  }, 180_000);
});
