import * as fs from 'fs';
import * as path from 'path';
import type { TableEntityResult, TransactionAction } from '@azure/data-tables';
import { isNotFound } from './storage-errors';
import { TABLES, TableSet } from './tables';
import { inTransactions } from './transactions';

/** What a backup folder holds: one JSON-lines file per table and this manifest. */
interface Manifest {
  format: 'chaser-backup/1';
  takenAt: string;
  tables: Record<string, number>;
}

type Row = Record<string, unknown> & { partitionKey: string; rowKey: string };

/**
 * `chaser backup --out DIR`: every table of this register, entity by entity, as `DIR/<Table>.jsonl` plus
 * `DIR/manifest.json` (the count per table), so a secretariat can keep a copy of its register. Tables that
 * do not exist yet are recorded with 0. Reads only.
 */
export async function backupRegister(tables: TableSet, dir: string, now: Date): Promise<Manifest> {
  fs.mkdirSync(dir, { recursive: true });
  const manifest: Manifest = { format: 'chaser-backup/1', takenAt: now.toISOString(), tables: {} };
  for (const name of Object.values(TABLES)) {
    const lines: string[] = [];
    try {
      for await (const e of tables.existing(name).listEntities<Record<string, unknown>>()) lines.push(JSON.stringify(plain(e)));
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
    fs.writeFileSync(path.join(dir, `${name}.jsonl`), lines.length ? `${lines.join('\n')}\n` : '');
    manifest.tables[name] = lines.length;
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * `chaser restore DIR`: writes every entity of a backup back (replacing rows with the same keys), in
 * transactions per partition. Checks the whole folder (manifest, counts, every line) before the first
 * write, so a damaged backup changes nothing.
 * @throws Error naming the file and line when the backup is damaged
 */
export async function restoreRegister(tables: TableSet, dir: string): Promise<Record<string, number>> {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${dir} is not a Chaser backup: it has no manifest.json.`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  if (manifest.format !== 'chaser-backup/1') throw new Error(`${manifestFile} is not a backup this version can restore (format ${String(manifest.format)}).`);
  const rows = new Map<string, Row[]>();
  for (const [name, count] of Object.entries(manifest.tables)) {
    if (!(Object.values(TABLES) as string[]).includes(name)) throw new Error(`${manifestFile} names a table Chaser does not have: ${name}.`);
    const file = path.join(dir, `${name}.jsonl`);
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    if (lines.length !== count) throw new Error(`${file} holds ${lines.length} rows; the manifest says ${count}. Nothing was restored.`);
    rows.set(name, lines.map((line, i) => {
      const row = JSON.parse(line) as Row;
      if (typeof row.partitionKey !== 'string' || typeof row.rowKey !== 'string') throw new Error(`${file}, line ${i + 1}: not a table row. Nothing was restored.`);
      return row;
    }));
  }
  const restored: Record<string, number> = {};
  for (const [name, list] of rows) {
    if (list.length) await inTransactions(await tables.table(name as (typeof TABLES)[keyof typeof TABLES]), list.map((row) => ({ partitionKey: row.partitionKey, actions: [['upsert', row, 'Replace'] as TransactionAction] })));
    restored[name] = list.length;
  }
  return restored;
}

/** An entity as stored, without the service's own fields (ETag, timestamp). */
function plain(e: TableEntityResult<Record<string, unknown>>): Row {
  const { etag: _etag, timestamp: _timestamp, ...rest } = e as TableEntityResult<Record<string, unknown>> & { timestamp?: string };
  return rest as Row;
}
