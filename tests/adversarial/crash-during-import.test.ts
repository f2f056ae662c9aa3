import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PluginBuild, build } from 'esbuild';
import { readTestAzurite } from '../support/azurite-env';
import { testStore } from '../support/store-fixture';
import type { AzureStore } from '../../src/store/store';

/**
 * Crash-safety of an import, with real SIGKILLs: a 300-row register over 15 meetings is imported by a
 * process killed at random moments (each restart first finishes what the last one left, as every start
 * does) until a run gets to the end or 20 kills, then started once more and left alone; over as many such
 * rounds as it takes, at least 10 kills. Goal: each time the
 * register, its indexes and the calendar end exactly as a clean import leaves them, and the journal holds
 * one finished import.
 */
const MEETINGS = 15;
const PER_MEETING = 20;
const KILLS = 10;
const NOW = '2022-05-09T08:00:00Z';

function register(): string {
  return `${['Meeting date,Ref,Action,Lead,Due date,Status', ...registerRows()].join('\n')}\n`;
}

function registerRows(perMeeting = PER_MEETING): string[] {
  const lines: string[] = [];
  for (let m = 0; m < MEETINGS; m++) {
    const meeting = new Date(Date.UTC(2021, 0, 7 + 14 * m)).toISOString().slice(0, 10);
    for (let n = 1; n <= perMeeting; n++) {
      const due = new Date(Date.parse(meeting) + (20 + n) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${meeting},${m + 1}.${String(n).padStart(2, '0')},"Officer ${n} to report on item ${m}-${n}, with the figures",Lead ${n % 7},${due},${n % 5 === 0 ? 'Complete' : 'On track'}`);
    }
  }
  return lines;
}

/**
 * The register corrected and re-exported in another order: rows reversed, every fourth action's text
 * reworded, and one new action per meeting (its reference the meeting's 21st). Matched by reference, it
 * changes 5 actions and adds 1 in each meeting.
 */
function correctedRegister(): string {
  const rows = registerRows(PER_MEETING + 1).map((row) => (/\.(?:04|08|12|16|20),/.test(row) ? row.replace('with the figures', 'with the revised figures') : row));
  return `${['Meeting date,Ref,Action,Lead,Due date,Status', ...rows.reverse()].join('\n')}\n`;
}

/** Every row of the tables an import writes, without storage's own properties, in key order. */
async function snapshot(store: AzureStore): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of ['Actions', 'OpenActionsByDue', 'ActionsByNumber', 'Meetings']) {
    const rows: string[] = [];
    for await (const e of store.tables.existing(name).listEntities<Record<string, unknown>>()) {
      const { etag: _e, timestamp: _t, ...kept } = e;
      // A history row's key ends in a random tiebreak (history-mapper.ts): compare it without.
      if (typeof kept.rowKey === 'string' && kept.rowKey.startsWith('h|')) kept.rowKey = kept.rowKey.replace(/_[0-9a-f]+$/, '');
      rows.push(JSON.stringify(Object.fromEntries(Object.entries(kept).filter(([k]) => !k.startsWith('odata')).sort(([a], [b]) => a.localeCompare(b)))));
    }
    out[name] = rows.sort();
  }
  return out;
}

describe('killing the importing process at random moments', () => {
  let child = '';
  let file = '';
  let corrected = '';

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-crash-import-'));
    child = path.join(dir, 'import-child.js');
    file = path.join(dir, 'action-log.csv');
    fs.writeFileSync(file, register());
    corrected = path.join(dir, 'action-log-corrected.csv');
    fs.writeFileSync(corrected, correctedRegister());
    const noAzurite = { name: 'no-azurite', setup(b: PluginBuild) {
      b.onResolve({ filter: /^azurite\// }, (args) => ({ path: args.path, namespace: 'unused' }));
      b.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    } };
    await build({ entryPoints: [path.join(__dirname, 'support', 'import-child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, packages: 'external', logLevel: 'error', plugins: [noAzurite] });
  });

  const run = (store: AzureStore, killAfterMs: number | null, files = file) => new Promise<{ killed: boolean }>((resolve, reject) => {
    const proc = spawn(process.execPath, [child], {
      env: { ...process.env, NODE_PATH: path.join(__dirname, '..', '..', 'node_modules'), CRASH_STORAGE: readTestAzurite().connectionString, CRASH_PREFIX: store.tables.prefix, CRASH_FILE: files, CRASH_NOW: NOW },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let killed = false;
    proc.stdout.on('data', (c: Buffer) => {
      if (killAfterMs !== null && c.toString().includes('started')) setTimeout(() => { killed = proc.kill('SIGKILL'); }, killAfterMs);
    });
    let err = '';
    proc.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    proc.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? resolve({ killed: signal === 'SIGKILL' && killed }) : reject(new Error(`import child failed (${code}): ${err}`))));
  });

  /** Kills `files`' import (one document, or a document then its correction) until KILLS kills, comparing each round with a clean run. */
  async function killRounds(files: string, kills: number, journalResults: unknown[]): Promise<string> {
    const clean = testStore();
    let started = Date.now();
    await run(clean, null, files);
    // A second clean run (on the same store: it finds the imports done and only starts and reads) times the
    // process start, so kills are spread over the import itself on a slow or a fast machine alike.
    const firstMs = Date.now() - started;
    started = Date.now();
    await run(clean, null, files);
    const cleanMs = Math.max(200, Math.min(firstMs, firstMs - (Date.now() - started) + 400));
    const expected = await snapshot(clean);

    let killed = 0;
    let rounds = 0;
    while (killed < kills && rounds < 25) {
      rounds++;
      const crashed = testStore();
      let roundKills = 0;
      // Kills land anywhere in a run: in the start-up finishing the last one's import, the journal, the
      // meetings' writes, the indexes. A run that is not killed got to the end.
      while ((await run(crashed, Math.floor(Math.random() * cleanMs * 0.6), files)).killed && roundKills < 20) roundKills++;
      // Then one more start, left alone (as after the last crash): it finishes whatever is left.
      await run(crashed, null, files);
      killed += roundKills;
      const actual = await snapshot(crashed);
      for (const table of Object.keys(expected)) expect({ round: rounds, table, rows: actual[table] }).toEqual({ round: rounds, table, rows: expected[table] });
      const journal = await crashed.imports.list();
      expect(journal.map((r) => [r.state, r.result]).sort((a, b) => JSON.stringify(b).localeCompare(JSON.stringify(a)))).toEqual(journalResults);
    }
    expect(killed).toBeGreaterThanOrEqual(kills);
    expect(expected.Actions!.filter((r) => !r.includes('"rowKey":"h|')).length).toBeGreaterThanOrEqual(MEETINGS * PER_MEETING);
    return `${killed} kills over ${rounds} rounds (a clean run takes ${cleanMs} ms), each round's end state equal to a clean run`;
  }

  it(`when the import is killed ${KILLS} times, then the register ends exactly as a clean import leaves it`, async () => {
    const done = await killRounds(file, KILLS, [['done', { created: MEETINGS * PER_MEETING, changed: 0, unchanged: 0 }]]);
    process.stdout.write(`import crash test: ${done}\n`);
  }, 300_000);

  it('when a corrected tracker with its rows reordered is imported over it and killed, then each action is corrected by its reference exactly as a clean run does', async () => {
    const done = await killRounds([file, corrected].join(path.delimiter), KILLS / 2, [
      ['done', { created: MEETINGS * PER_MEETING, changed: 0, unchanged: 0 }],
      ['done', { created: MEETINGS, changed: MEETINGS * 5, unchanged: MEETINGS * (PER_MEETING - 5) }],
    ]);
    process.stdout.write(`re-import crash test: ${done}\n`);
  }, 300_000);
});
