import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TABLES } from '../../../src/store/tables';
import { SEED_LETTER, cliOn } from '../../support/cli-harness';

/** Every row of every table, without the service's own fields, sorted: what a round trip must keep. */
async function everyRow(chaser: ReturnType<typeof cliOn>): Promise<Record<string, string[]>> {
  const store = chaser.store();
  const out: Record<string, string[]> = {};
  for (const name of Object.values(TABLES)) {
    const rows: string[] = [];
    try {
      for await (const e of store.tables.existing(name).listEntities<Record<string, unknown>>()) {
        const { etag: _e, timestamp: _t, ...rest } = e as Record<string, unknown>;
        rows.push(JSON.stringify(Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)))));
      }
    } catch { /* a table that does not exist has no rows */ }
    out[name] = rows.sort();
  }
  return out;
}

describe('chaser backup and chaser restore', () => {
  it('when a register is backed up and restored into an empty one, then every table round-trips row for row', async () => {
    const original = cliOn();
    expect((await original('import', SEED_LETTER)).code).toBe(0);
    await original('leads', 'set', 'MPS', 'cmdr@met.example');
    await original('admins', 'add', 'clerk@mopac.example');
    await original('update', '5', '--status', 'amber', '--text', 'Data team delayed', '--due', '2022-06-30');
    await original('meetings', 'add', '2022-06-14', '--board', 'MOPAC MPS Oversight Board');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-backup-'));

    const backup = await original('backup', '--out', dir);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/^Backed up \d+ rows from \d+ tables/);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { tables: Record<string, number> };
    expect(manifest.tables.Actions).toBeGreaterThan(19);

    const copy = cliOn();
    const restore = await copy('restore', dir);
    expect(restore.code).toBe(0);
    const [before, after] = [await everyRow(original), await everyRow(copy)];
    for (const name of Object.values(TABLES)) expect({ name, rows: after[name] }).toEqual({ name, rows: before[name] });
    expect((await copy('ask', 'show action 5', '--json')).out).toContain('"status": "amber"');
  });

  it('when a backup is damaged, then restore says which file and writes nothing', async () => {
    const original = cliOn();
    await original('import', SEED_LETTER);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-backup-'));
    await original('backup', '--out', dir);
    fs.appendFileSync(path.join(dir, 'Actions.jsonl'), '{"not":"a row"}\n');
    const copy = cliOn();
    const restore = await copy('restore', dir);
    expect(restore.code).toBe(2);
    expect(restore.err).toMatch(/Actions\.jsonl holds \d+ rows; the manifest says \d+\. Nothing was restored\./);
    expect((await copy('list')).out).toContain('The register is empty');
  });

  it('when someone outside the secretariat asks for a backup, then it is refused', async () => {
    const run = await cliOn()('backup', '--out', os.tmpdir(), '--as', 'someone@met.example');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Only the secretariat can back up the register/);
  });
});
