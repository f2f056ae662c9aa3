/**
 * Bench 6: load. Chaser runs in a child process (bench/bot-process.ts) over a 10,000-action register in
 * the bench's Azurite; 50 conversations ask a mix of questions over HTTP, each waiting for its answer
 * before asking again, for 30 s (quick: 10 s). Throughput, latency, errors, and the bot process's memory
 * (RSS; heap after a full GC) before and after.
 */
import { ChildProcess, fork } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { BenchContext } from './support/context';
import { benchStore } from './support/context';
import type { FromBot, ToBot } from './bot-process';
import { generateRegister } from './support/generate';
import { loadRegister } from './support/load-register';
import { Person, SECRETARIAT, activityFrom, leadPeople, seedPeople } from './support/people';
import { Report, int, ms } from './support/results';
import { round, slope, summarize } from './support/stats';
import { turn } from './support/turns';

export const MIX = [
  'what is overdue?', "what's due this week", 'show action 5', 'what is open for MOPAC', 'what is red', 'what is due next week?', 'help',
] as const;
const CONVERSATIONS = 50;
type Memory = Extract<FromBot, { type: 'memory' }>;
type Profiled = Extract<FromBot, { type: 'profiled' }>;

export async function loadBench(ctx: BenchContext): Promise<Report[]> {
  const report = new Report('6. load');
  const seconds = ctx.quick ? 10 : 30;
  const size = 10_000;
  const prefix = ctx.prefix('l10000');
  const register = generateRegister({ size, seed: 6, today: ctx.today, remindersDue: 100, calendar: ctx.calendar });
  const store = benchStore(ctx, prefix);
  await loadRegister(store, register.actions, 16);
  // Known conversations (as in steady state): a first message from someone new would start a catch-up sweep.
  await seedPeople(store, { perLead: 5, now: ctx.now, conversations: true });
  const people: Person[] = leadPeople(5).flatMap((l) => l.people).slice(0, CONVERSATIONS);
  const bot = await startBot(ctx, prefix);
  try {
    // Warm-up: every conversation says hello once (its record is saved), then a round of the mix.
    await Promise.all(people.map(async (p) => expectOk(await turn(bot.url, activityFrom(p, MIX[0])))));
    for (const q of MIX) expectOk(await turn(bot.url, activityFrom(people[0]!, q)));
    ctx.checkTime();
    const before = await bot.memory(true);
    // BENCH_PROFILE=1: a V8 CPU profile of the bot over the load window only (bench/profiles/; `npx tsx bench/profile-top.ts <file>`).
    const profileFile = process.env.BENCH_PROFILE === '1' ? path.join(__dirname, 'profiles', `load-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`) : null;
    if (profileFile) await bot.profileStart();

    const samples: Array<{ at: number; rss: number; heapUsed: number }> = [];
    const started = performance.now();
    const stopAt = started + seconds * 1000;
    const sampler = setInterval(() => {
      void bot.memory(false).then((m) => samples.push({ at: (performance.now() - started) / 1000, rss: m.rss, heapUsed: m.heapUsed }), () => undefined);
    }, 1000);
    const latencies: number[] = [];
    const byQuestion = new Map<string, number[]>();
    const errors: string[] = [];
    await Promise.all(people.map(async (person, w) => {
      for (let i = 0; performance.now() < stopAt; i++) {
        const question = MIX[(w + i) % MIX.length]!;
        try {
          const result = await turn(bot.url, activityFrom(person, question));
          if (result.status !== 200 || result.replies.length === 0) errors.push(`HTTP ${result.status}, ${result.replies.length} replies to "${question}"`);
          latencies.push(result.ms);
          byQuestion.set(question, [...(byQuestion.get(question) ?? []), result.ms]);
        } catch (err) {
          errors.push(`"${question}": ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }));
    const elapsed = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const after = await bot.memory(true);
    // Stopped after the CPU reading: writing the profile is not a turn's work.
    if (profileFile) report.note(`CPU profile of the bot over the load window (the profiler's own cost is in this run's CPU figure): ${path.relative(process.cwd(), await bot.profileStop(profileFile))}.`);
    const cpuPerTurnMs = round((after.cpuMicros - before.cpuMicros) / 1000 / Math.max(1, latencies.length), 1);

    const s = summarize(latencies);
    const throughput = round(latencies.length / elapsed, 1);
    const secondHalf = samples.filter((x) => x.at >= seconds / 2);
    const rssSlope = round((slope(secondHalf.map((x) => ({ x: x.at, y: x.rss }))) * 60) / 2 ** 20, 1);
    const heapGrowth = (after.heapUsed - before.heapUsed) / before.heapUsed;
    report.add(`${CONVERSATIONS} conversations × ${seconds} s, mix of ${MIX.length} questions @ ${int(size)}`, `${throughput} turns/s · p50 ${ms(s.p50)} · p99 ${ms(s.p99)} (n=${int(s.n)})`, '—', null, { throughput, ...s });
    // Issue #17's goal: a few milliseconds of CPU per turn on the question mix.
    report.add('bot CPU per turn (user + system)', `${ms(cpuPerTurnMs)} → at most ≈ ${round(1000 / cpuPerTurnMs, 0)} turns/s on one core`, '≤ 5 ms', cpuPerTurnMs <= 5, { cpuPerTurnMs, turnsPerSecondPerCore: round(1000 / cpuPerTurnMs, 0) });
    report.add('errors', `${errors.length}`, '0', errors.length === 0, { errors: errors.length });
    report.add(
      'bot RSS before → after (heap after full GC)',
      `${mb(before.rss)} → ${mb(after.rss)} (heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}; RSS trend in 2nd half ${rssSlope} MB/min)`,
      'no growth: heap after GC within +10%', heapGrowth <= 0.1,
      { rssBefore: before.rss, rssAfter: after.rss, heapBefore: before.heapUsed, heapAfter: after.heapUsed, rssSlopeMbPerMin: rssSlope },
    );
    report.details.perQuestion = Object.fromEntries([...byQuestion].map(([q, xs]) => [q, summarize(xs)]));
    report.note(
      `Load: ${CONVERSATIONS} conversations each waiting for its answer at ${throughput} turns/s means ≈ ${round(CONVERSATIONS / throughput, 1)} s per turn (Little's law): ` +
      `the bot's one event loop is the bottleneck (${ms(cpuPerTurnMs)} CPU per turn on this mix), so p50 latency is queueing, not storage.`,
    );
    report.details.errorsSample = errors.slice(0, 10);
    report.details.memorySamples = samples.map((x) => ({ at: round(x.at, 1), rssMb: round(x.rss / 2 ** 20, 1), heapMb: round(x.heapUsed / 2 ** 20, 1) }));
    report.details.gcAvailable = after.gcRan;
    return [report];
  } finally {
    await bot.stop();
  }
}

interface BotChild {
  url: string;
  memory(gc: boolean): Promise<Memory>;
  /** Starts the bot's CPU profiler (resolves once it runs). */
  profileStart(): Promise<void>;
  /** Stops it and writes the profile to `file` (resolves with the file once written). */
  profileStop(file: string): Promise<string>;
  stop(): Promise<void>;
}

async function startBot(ctx: BenchContext, prefix: string): Promise<BotChild> {
  // Only the settings the bench means: nothing from the caller's shell (an app id would turn auth on).
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CHASER_') && !k.startsWith('MICROSOFT_APP_')));
  Object.assign(env, {
    PORT: '0',
    CHASER_STORAGE_CONNECTION_STRING: ctx.azurite.connectionString,
    CHASER_TABLE_PREFIX: prefix,
    CHASER_PLAYGROUND: 'false',
    CHASER_SCHEDULER: 'false',
    CHASER_DEMO_DATA: 'false',
    CHASER_LOG_LEVEL: 'error',
    CHASER_NOW: ctx.now.toISOString(),
    CHASER_ADMINS: SECRETARIAT.aadObjectId,
  });
  const child: ChildProcess = fork(path.join(__dirname, 'bot-process.ts'), [], {
    cwd: path.join(__dirname, '..'),
    // --enable-source-maps: a profile (BENCH_PROFILE=1) names the TypeScript lines.
    execArgv: ['--import', 'tsx', '--expose-gc', '--no-deprecation', ...(process.env.BENCH_PROFILE === '1' ? ['--enable-source-maps'] : [])],
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const pending: Array<(m: Memory) => void> = [];
  const profiling: Array<() => void> = [];
  const profiled: Array<(m: Profiled) => void> = [];
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot process did not start in 30 s: ${stderr}`)), 30_000);
    child.on('message', (raw: unknown) => {
      const m = raw as FromBot;
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.url);
      } else if (m.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`the bot process failed: ${m.message}`));
      } else if (m.type === 'memory') pending.shift()?.(m);
      else if (m.type === 'profiling') profiling.shift()?.();
      else if (m.type === 'profiled') profiled.shift()?.(m);
    });
    child.once('exit', (code) => reject(new Error(`the bot process exited (${code}): ${stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let url: string;
  try {
    url = await ready;
  } catch (err) {
    child.kill();
    throw err;
  }
  ctx.progress(`  load: bot process ${child.pid} at ${url}`);
  return {
    url,
    memory: (gc) => new Promise<Memory>((resolve) => {
      pending.push(resolve);
      const message: ToBot = { type: 'memory', gc };
      child.send(message);
    }),
    profileStart: () => new Promise<void>((resolve) => {
      profiling.push(resolve);
      const message: ToBot = { type: 'profile-start' };
      child.send(message);
    }),
    profileStop: (file) => new Promise<string>((resolve) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      profiled.push((m) => resolve(m.file));
      const message: ToBot = { type: 'profile-stop', file };
      child.send(message);
    }),
    async stop() {
      if (child.exitCode !== null) return;
      const message: ToBot = { type: 'stop' };
      child.send(message);
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function expectOk(result: { status: number; replies: unknown[] }): void {
  if (result.status !== 200) throw new Error(`warm-up turn answered HTTP ${result.status}`);
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
