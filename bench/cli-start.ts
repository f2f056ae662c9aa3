/**
 * Bench 8: how long the `chaser` command takes to start and finish, as a person runs it (a new node
 * process through bin/chaser.js): `chaser --help` and `chaser list` over the bench's Azurite (an empty
 * register of its own). Median of a few runs each.
 */
import { execFile } from 'child_process';
import * as path from 'path';
import type { BenchContext } from './support/context';
import { Report, ms } from './support/results';
import { summarize } from './support/stats';

const BIN = path.join(__dirname, '..', 'bin', 'chaser.js');

export async function cliStartBench(ctx: BenchContext): Promise<Report[]> {
  const report = new Report('8. CLI start');
  const env = { ...process.env, CHASER_STORAGE_CONNECTION_STRING: ctx.azurite.connectionString, CHASER_TABLE_PREFIX: ctx.prefix('cli'), CHASER_LOG_LEVEL: 'silent' };
  const runs = ctx.quick ? 3 : 7;
  await run(['list'], env); // the first run compiles the sources into tsx's cache, as any first run after an edit
  for (const [args, goalMs] of [[['--help'], 1000], [['list'], 2000]] as const) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await run([...args], env));
    const s = summarize(times);
    report.add(`chaser ${args.join(' ')}`, `${ms(s.p50)} (median of ${runs}; slowest ${ms(Math.max(...times))})`, `≤ ${goalMs / 1000} s`, s.p50 <= goalMs, { medianMs: s.p50, slowestMs: Math.max(...times) });
  }
  return [report];
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { env, timeout: 60_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`chaser ${args.join(' ')} failed: ${stderr || err.message}`));
      else resolve(performance.now() - started);
    });
  });
}
