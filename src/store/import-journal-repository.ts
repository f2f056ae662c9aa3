import type { TransactionAction } from '@azure/data-tables';
import { gunzipSync, gzipSync } from 'zlib';
import type { ImportJournal, ImportRecord } from '../app/ports';
import { DuplicateRecordError } from '../errors';
import { fromChunkRows, toChunkRows } from './chunk-rows';
import { getIfExists } from './entity-reads';
import { odataString } from './keys';
import { isConflict, isStale } from './storage-errors';
import { TABLES, TableSet } from './tables';
import { inTransactions } from './transactions';

interface HeadEntity {
  partitionKey: string;
  rowKey: 'head';
  fileName: string;
  by: string;
  byName: string;
  at: string;
  options: string;
  state: ImportRecord['state'];
  heldUntil: string;
  result: string;
  undone: string;
}

/**
 * `Imports`: PartitionKey = import id; RowKey `head` (who, when, state, options, result: JSON in strings),
 * `doc|000…` (the document, gzipped, base64, see chunk-rows.ts) and `keys|000…` (JSON: the created
 * action keys and the corrected actions' earlier fields). The head is written last, so an import whose
 * `begin` was cut short has no head and is not listed. State changes carry the head's ETag.
 */
export class ImportJournalRepository implements ImportJournal {
  constructor(private readonly tables: TableSet) {}

  async begin(record: ImportRecord, content: Buffer): Promise<void> {
    const table = await this.tables.table(TABLES.imports);
    const rows = [
      ...toChunkRows(record.id, 'doc', gzipSync(content).toString('base64')),
      ...toChunkRows(record.id, 'keys', JSON.stringify({ created: record.created, changed: record.changed })),
    ];
    await inTransactions(table, rows.map((row) => ({ partitionKey: record.id, actions: [['upsert', row, 'Replace'] as TransactionAction] })));
    try {
      await table.createEntity(toHead(record));
    } catch (err) {
      if (isConflict(err)) throw new DuplicateRecordError(`Import ${record.id}`);
      throw err;
    }
  }

  async update(id: string, from: ImportRecord['state'], changes: Partial<Pick<ImportRecord, 'state' | 'result' | 'undone' | 'heldUntil'>>, claimAt?: Date): Promise<boolean> {
    const table = await this.tables.table(TABLES.imports);
    const head = await getIfExists<HeadEntity>(table, id, 'head');
    if (!head || head.state !== from) return false;
    if (claimAt && new Date(head.heldUntil) > claimAt) return false;
    const next = toHead({ ...toRecord(head), ...changes });
    try {
      await table.updateEntity(next, 'Replace', { etag: head.etag });
      return true;
    } catch (err) {
      if (isStale(err)) return false;
      throw err;
    }
  }

  async get(id: string): Promise<ImportRecord | null> {
    const rows = await this.partition(id, `RowKey eq 'head' or (RowKey gt 'keys|' and RowKey lt 'keys}')`);
    const head = rows.find((r) => r.rowKey === 'head') as HeadEntity | undefined;
    if (!head) return null;
    const keys = JSON.parse(fromChunkRows(rows, 'keys') || '{}') as Pick<ImportRecord, 'created' | 'changed'>;
    return { ...toRecord(head), created: keys.created ?? [], changed: keys.changed ?? [] };
  }

  async document(id: string): Promise<Buffer | null> {
    const rows = await this.partition(id, `RowKey gt 'doc|' and RowKey lt 'doc}'`);
    return rows.length ? gunzipSync(Buffer.from(fromChunkRows(rows, 'doc'), 'base64')) : null;
  }

  async list(): Promise<ImportRecord[]> {
    return this.heads(`RowKey eq 'head'`);
  }

  async unfinished(): Promise<ImportRecord[]> {
    return this.heads(`RowKey eq 'head' and (state eq 'writing' or state eq 'undoing')`);
  }

  /** The heads the filter selects, newest first. */
  private async heads(filter: string): Promise<ImportRecord[]> {
    const table = await this.tables.table(TABLES.imports);
    const heads: ImportRecord[] = [];
    for await (const e of table.listEntities<HeadEntity>({ queryOptions: { filter } })) heads.push(toRecord(e));
    return heads.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id.localeCompare(b.id)));
  }

  private async partition(id: string, rows: string): Promise<Array<Record<string, unknown>>> {
    const table = await this.tables.table(TABLES.imports);
    const found: Array<Record<string, unknown>> = [];
    for await (const e of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq ${odataString(id)} and (${rows})` } })) found.push(e);
    return found;
  }
}

function toHead(r: ImportRecord): HeadEntity {
  return {
    partitionKey: r.id, rowKey: 'head', fileName: r.fileName, by: r.by, byName: r.byName, at: r.at, options: JSON.stringify(r.options),
    state: r.state, heldUntil: r.heldUntil, result: JSON.stringify(r.result), undone: JSON.stringify(r.undone),
  };
}

function toRecord(e: HeadEntity): ImportRecord {
  return {
    id: e.partitionKey, fileName: e.fileName, by: e.by, byName: e.byName, at: e.at, options: JSON.parse(e.options || '{}') as Record<string, unknown>,
    state: e.state, heldUntil: e.heldUntil, created: [], changed: [],
    result: JSON.parse(e.result || 'null') as ImportRecord['result'], undone: JSON.parse(e.undone || 'null') as ImportRecord['undone'],
  };
}
