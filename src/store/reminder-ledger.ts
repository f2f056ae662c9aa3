import type { DeliveryLedger, LedgerEntry, StoredLedgerEntry } from '../app/ports';
import { odataString, safeKey, unsafeKey } from './keys';
import { isConflict, isStale } from './storage-errors';
import { TABLES, TableSet } from './tables';
import { getIfExists } from './entity-reads';

interface LedgerEntity {
  partitionKey: string;
  rowKey: string;
  state: string;
  kind: string;
  claimedAt: string;
  claimedBy: string;
  sentAt: string;
  attempts: number;
  lastError: string;
}

/**
 * The delivery ledger: one row per thing delivered to one recipient, so each is sent once.
 * `Deliveries`: PartitionKey = what (an action key, `lead:<name>`, `digest:<recipient>`), RowKey = the
 * stage and the recipient (`2022-05-13:coming-up|cmdr@met.example`). A sender *claims* a row with an
 * insert (409 = someone else has it) before sending, and settles it with its ETag as soon as that
 * recipient's send has ended (412 = someone was quicker).
 */
export class ReminderLedger implements DeliveryLedger {
  constructor(private readonly tables: TableSet) {}

  async get(scope: string, key: string): Promise<StoredLedgerEntry | null> {
    const table = await this.tables.table(TABLES.deliveries);
    const e = await getIfExists<LedgerEntity>(table, safeKey(scope), safeKey(key));
    return e ? { entry: toDomain(e), etag: e.etag } : null;
  }

  async claim(scope: string, key: string, entry: LedgerEntry): Promise<StoredLedgerEntry | null> {
    const table = await this.tables.table(TABLES.deliveries);
    try {
      const result = await table.createEntity(toPersistence(scope, key, entry));
      return { entry, etag: result.etag ?? '' };
    } catch (err) {
      if (isConflict(err)) return null;
      throw err;
    }
  }

  async replace(scope: string, key: string, previous: StoredLedgerEntry, next: LedgerEntry): Promise<StoredLedgerEntry | null> {
    const table = await this.tables.table(TABLES.deliveries);
    try {
      const result = await table.updateEntity(toPersistence(scope, key, next), 'Replace', { etag: previous.etag });
      return { entry: next, etag: result.etag ?? '' };
    } catch (err) {
      if (isStale(err)) return null;
      throw err;
    }
  }

  async forScope(scope: string): Promise<Array<{ key: string; entry: LedgerEntry }>> {
    const table = await this.tables.table(TABLES.deliveries);
    const found: Array<{ key: string; entry: LedgerEntry }> = [];
    for await (const e of table.listEntities<LedgerEntity>({ queryOptions: { filter: `PartitionKey eq ${odataString(safeKey(scope))}` } })) {
      found.push({ key: unsafeKey(e.rowKey), entry: toDomain(e) });
    }
    return found;
  }
}

function toPersistence(scope: string, key: string, e: LedgerEntry): LedgerEntity {
  return {
    partitionKey: safeKey(scope), rowKey: safeKey(key), state: e.state, kind: e.kind, claimedAt: e.claimedAt, claimedBy: e.claimedBy,
    sentAt: e.sentAt ?? '', attempts: e.attempts, lastError: (e.lastError ?? '').slice(0, 2000),
  };
}

function toDomain(e: LedgerEntity): LedgerEntry {
  return {
    state: e.state as LedgerEntry['state'], kind: e.kind as LedgerEntry['kind'], claimedAt: e.claimedAt, claimedBy: e.claimedBy,
    sentAt: e.sentAt || null, attempts: Number(e.attempts), lastError: e.lastError || null,
  };
}
