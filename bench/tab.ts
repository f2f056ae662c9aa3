/**
 * `npm run bench:tab`: how long the register tab's API takes over HTTP on a register of 10,000 actions
 * (`-- --size N` for another size). One in-memory Azurite of its own in a process of its own (as
 * bench/run.ts does: storage work off the server's event loop, as remote storage would be), the register generated and
 * loaded as the other benchmarks do (bench/support), the real restify server with the tab's routes,
 * acting as the secretariat (local identity: token validation is not part of the figure). Each request
 * is timed `--runs` times (default 7) after one warm-up; prints p50 and max. Goal: opening and
 * filtering answer in under a second. Not part of `npm test`.
 */
import { ChildProcess, fork } from 'child_process';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { englandAndWalesCalendar } from '../src/domain/business-days';
import { fixedClock } from '../src/domain/clock';
import { addTabRoutes } from '../src/http/tab-routes';
import { localIdentity } from '../src/http/tab-identity';
import { silentLogger } from '../src/log';
import { closeServer, createServer, listen } from '../src/server';
import { freePort } from '../src/store/embedded-azurite';
import { openStore } from '../src/store/store';
import type { Bot } from '../src/teams/bot-app';
import { generateRegister } from './support/generate';
import { loadRegister } from './support/load-register';
import { ms } from './support/results';

const GOAL_MS = 1000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const size = arg('size', 10_000);
  const runs = arg('runs', 7);
  const today = '2025-06-09';
  const clock = fixedClock('2025-06-09T08:00:30.000Z');
  const azurite = await startAzurite();
  const store = openStore({ kind: 'connection-string', connectionString: azurite.connectionString }, `tab${Date.now().toString(36)}`);
  const register = generateRegister({ size, seed: 19, today, remindersDue: 100, calendar: englandAndWalesCalendar() });
  const loaded = await loadRegister(store, register.actions);
  const clerk = { id: 'aad-secretariat', name: 'Board Secretariat' };
  await store.admins.add({ id: clerk.id, name: clerk.name, addedAt: clock.now().toISOString(), addedBy: 'bench' });
  process.stderr.write(`register: ${size.toLocaleString('en-GB')} actions (${register.open.toLocaleString('en-GB')} open, ${register.overdue.toLocaleString('en-GB')} overdue) loaded in ${ms(loaded.ms)}\n`);

  const bot = { requiresAuthentication: false, receive: async () => ({ status: 200 }) } as unknown as Bot;
  const server = createServer({ bot, storage: store.health, log: silentLogger });
  addTabRoutes(server, { deps: { store, clock, calendar: englandAndWalesCalendar(), log: silentLogger, leadsSeeAll: true, openToTenant: false }, identity: localIdentity(clerk) });
  await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const someMeeting = `${register.actions[0]!.boardCode}_${register.actions[0]!.meetingDate}`;

  const cases: Array<[string, string]> = [
    ['open the register (open actions, soonest due first, page 1 of 50)', '/api/tab/register'],
    ['the whole register, complete included', '/api/tab/register?all=true'],
    ['filter: overdue for one lead', '/api/tab/register?overdue=true&lead=MPS'],
    ['filter: due in a range', '/api/tab/register?dueFrom=2025-06-09&dueTo=2025-06-30'],
    ['filter: words in the text', '/api/tab/register?q=stop%20search'],
    ['filter: words in the text, complete included', '/api/tab/register?q=stop%20search&all=true'],
    ['filter: one meeting', `/api/tab/register?meeting=${someMeeting}`],
    ['filter: red and amber, sorted by lead, page 3', '/api/tab/register?status=red,amber&sort=lead&dir=desc&page=3'],
    ['sort: days overdue, descending', '/api/tab/register?sort=daysOverdue&dir=desc'],
    ['sort: lead, whole register', '/api/tab/register?sort=lead&all=true'],
    ['the session (filters\' meetings and leads)', '/api/tab/session'],
  ];
  const rows: string[] = [];
  let worst = 0;
  for (const [label, path] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      const res = await fetch(`${url}${path}`);
      const body = (await res.json()) as { total?: number };
      if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      if (i > 0) times.push(performance.now() - started);
      total = body.total ?? total;
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)]!;
    const max = times[times.length - 1]!;
    worst = Math.max(worst, max);
    rows.push(`| ${label} | ${path.includes('session') ? '—' : total.toLocaleString('en-GB')} | ${ms(p50)} | ${ms(max)} | ${max < GOAL_MS ? 'pass' : '**MISS**'} |`);
  }
  // The dashboard reads the histories of actions changed in the trend's twelve weeks: timed twice, not gated.
  const digestTimes: number[] = [];
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/api/tab/digest`);
    if (!res.ok) throw new Error(`/api/tab/digest: ${res.status}`);
    await res.json();
    digestTimes.push(performance.now() - started);
  }
  rows.push(`| the dashboard (doughnut, 12-week trend from the histories, overdue by lead, changes) | — | ${ms(digestTimes[1]!)} | ${ms(Math.max(...digestTimes))} | info |`);
  console.log(`\nRegister tab API over HTTP, ${size.toLocaleString('en-GB')} actions in Azurite (in memory), ${runs} runs each after a warm-up\n`);
  console.log('| Request | Matching | p50 | max | Goal < 1 s |');
  console.log('|---|---|---|---|---|');
  console.log(rows.join('\n'));
  console.log(`\nslowest: ${ms(worst)}`);
  await closeServer(server);
  await azurite.stop();
  process.exit(worst < GOAL_MS ? 0 : 1);
}

/** Azurite in memory in a child process (bench/azurite-process.ts), on a free port. */
async function startAzurite(): Promise<{ connectionString: string; stop(): Promise<void> }> {
  const child: ChildProcess = fork(path.join(__dirname, 'azurite-process.ts'), [], {
    cwd: path.join(__dirname, '..'),
    execArgv: ['--import', 'tsx', '--no-deprecation'],
    env: { ...process.env, BENCH_AZURITE_PORT: String(await freePort()) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const connectionString = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Azurite did not start in 30 s')), 30_000);
    child.once('message', (raw: unknown) => {
      clearTimeout(timer);
      const m = raw as { type: string; connectionString?: string; message?: string };
      if (m.type === 'ready' && m.connectionString) resolve(m.connectionString);
      else reject(new Error(`Azurite failed: ${m.message ?? 'unknown'}`));
    });
  });
  return { connectionString, stop: async () => { child.send({ type: 'stop' }); await exited; } };
}

main().catch((err: unknown) => {
  console.error('bench:tab failed:', err);
  process.exit(2);
});
