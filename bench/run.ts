/**
 * Chaser's benchmark suite: `npm run bench` (full) or `npm run bench -- --quick` (under 2 minutes).
 * `--only questions,sweep,…` runs some of them. One embedded Azurite, in memory, on a free port, for
 * the whole run; each benchmark writes tables of its own (prefix) and has a time budget.
 * Prints a markdown table on stdout (progress goes to stderr) and writes bench/results.json.
 */
import { ChildProcess, execFileSync, fork } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { englandAndWalesCalendar } from '../src/domain/business-days';
import { freePort } from '../src/store/embedded-azurite';
import { BenchContext, BenchTimeout } from './support/context';
import { BenchResult, Report, markdownTable } from './support/results';
import { cliStartBench } from './cli-start';
import { exportsBench } from './exports-import';
import { languageBench } from './language';
import { loadBench } from './load';
import { questionsBench } from './questions';
import { sendingBench } from './sending';
import { sweepBench } from './sweep';

interface Bench {
  id: string;
  title: string;
  /** Time budget in seconds (quick, full). */
  budget: [number, number];
  run(ctx: BenchContext): Promise<Report[]>;
}

const BENCHES: Bench[] = [
  { id: 'questions', title: '1–2. questions over HTTP', budget: [25, 180], run: questionsBench },
  { id: 'sweep', title: '3. reminder sweep', budget: [25, 240], run: sweepBench },
  { id: 'sending', title: '4. sending through a throttling connector', budget: [30, 150], run: sendingBench },
  { id: 'exports', title: '5. digest, docx and import', budget: [15, 150], run: exportsBench },
  { id: 'load', title: '6. load: 50 concurrent conversations', budget: [20, 60], run: loadBench },
  { id: 'language', title: '7. understanding chat (held-back phrasings)', budget: [5, 15], run: languageBench },
  { id: 'cli', title: '8. CLI start', budget: [20, 60], run: cliStartBench },
];

async function main(): Promise<void> {
  // restify's use of process.binding('http_parser') warns on every start; the figures do not care.
  (process as NodeJS.Process & { noDeprecation?: boolean }).noDeprecation = true;
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const onlyArg = args.find((a) => a.startsWith('--only'));
  const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1] ?? '').split(',').filter(Boolean) : [];
  const selected = BENCHES.filter((b) => !only.length || only.includes(b.id));
  if (!selected.length) throw new Error(`--only: expected some of ${BENCHES.map((b) => b.id).join(', ')}`);

  const started = performance.now();
  const azurite = await startAzurite();
  const port = azurite.port;
  const runTag = randomBytes(2).toString('hex');
  const progress = (m: string): void => {
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}\n`);
  };
  progress(`bench ${quick ? 'quick' : 'full'} mode, Azurite (in memory, process ${azurite.pid}) on 127.0.0.1:${port}, node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`);
  const loadBefore = os.loadavg();

  const results: BenchResult[] = [];
  try {
    for (const bench of selected) {
      const budgetMs = bench.budget[quick ? 0 : 1] * 1000;
      const benchStarted = performance.now();
      const ctx: BenchContext = {
        quick,
        azurite: { port, connectionString: azurite.connectionString },
        today: '2025-06-09',
        now: new Date('2025-06-09T08:00:30Z'),
        calendar: englandAndWalesCalendar(),
        prefix: (name) => `b${name}${runTag}`,
        progress,
        timeUp: () => performance.now() - benchStarted > budgetMs,
        checkTime: () => {
          if (performance.now() - benchStarted > 2 * budgetMs) throw new BenchTimeout(`over twice its ${budgetMs / 1000} s budget`);
        },
      };
      progress(`${bench.title}…`);
      let reports: Report[] = [];
      let error: string | null = null;
      try {
        reports = await bench.run(ctx);
      } catch (err) {
        error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
        progress(`  ${bench.id} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      }
      const ms = performance.now() - benchStarted;
      progress(`  ${bench.id} done in ${(ms / 1000).toFixed(1)} s`);
      results.push({
        id: bench.id,
        title: bench.title,
        ms: Math.round(ms),
        figures: reports.flatMap((r) => r.figures),
        details: Object.fromEntries(reports.map((r) => [r.bench, r.details])),
        notes: reports.flatMap((r) => r.notes),
        error,
      });
    }
  } finally {
    await azurite.stop();
  }

  const totalMs = performance.now() - started;
  const table = markdownTable(results);
  const notes = results.flatMap((r) => r.notes.map((n) => `- ${n}`));
  const machine = { ...machineInfo(), loadAverageAtStart: loadBefore.map((x) => Math.round(x * 100) / 100), loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) };
  process.stdout.write(`\n## Chaser benchmarks (${quick ? 'quick' : 'full'} mode)\n\n`);
  process.stdout.write(`${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, node ${machine.node}, ${machine.platform}; commit ${machine.commit}${machine.uncommittedChanges ? ' + uncommitted changes' : ''}; load average ${machine.loadAverageAtStart[0]} → ${machine.loadAverageAtEnd[0]}; ${(totalMs / 1000).toFixed(0)} s\n\n`);
  process.stdout.write(`${table}\n${notes.length ? `\n${notes.join('\n')}\n` : ''}`);

  const file = path.join(__dirname, 'results.json');
  const json = { mode: quick ? 'quick' : 'full', command: `npm run bench${quick ? ' -- --quick' : ''}${only.length ? ` -- --only=${only.join(',')}` : ''}`, startedAt: new Date(Date.now() - totalMs).toISOString(), totalMs: Math.round(totalMs), machine, results };
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  process.stderr.write(`\nwrote ${path.relative(process.cwd(), file)}\n`);
  const failed = results.filter((r) => r.error).length;
  process.exitCode = failed ? 1 : 0;
}

/** The run's one Azurite, in memory, in a process of its own (bench/azurite-process.ts) on a free port. */
async function startAzurite(): Promise<{ port: number; connectionString: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = fork(path.join(__dirname, 'azurite-process.ts'), [], {
    cwd: path.join(__dirname, '..'),
    execArgv: ['--import', 'tsx', '--no-deprecation', '--max-old-space-size=6144'],
    env: { ...process.env, BENCH_AZURITE_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const connectionString = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Azurite did not start in 30 s')), 30_000);
    child.on('message', (raw: unknown) => {
      const m = raw as { type: string; connectionString?: string; message?: string };
      clearTimeout(timer);
      if (m.type === 'ready' && m.connectionString) resolve(m.connectionString);
      else reject(new Error(`Azurite failed: ${m.message ?? 'unknown'}`));
    });
    child.once('exit', (code) => reject(new Error(`Azurite exited (${code})`)));
  });
  return {
    port,
    connectionString,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function machineInfo(): { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; commit: string; uncommittedChanges: boolean | null } {
  const git = (...a: string[]): string | null => {
    try {
      // GIT_OPTIONAL_LOCKS=0: read only, not even an index refresh.
      return execFileSync('git', a, { cwd: path.join(__dirname, '..'), env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {
      return null;
    }
  };
  const status = git('status', '--porcelain', '--untracked-files=no');
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    commit: git('rev-parse', '--short', 'HEAD') ?? 'unknown',
    uncommittedChanges: status === null ? null : status.length > 0,
  };
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
