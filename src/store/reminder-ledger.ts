import { odataString, safeKey, unsafeKey } from './keys';
import { isConflict, isStale } from './storage-errors';
import { TABLES, TableSet } from './tables';
import { getIfExists } from './entity-reads';

/** How each recipient fared: sent, failed (retried next sweep), blocked (403: never retried), unreachable. */
export type RecipientState = 'sent' | 'failed' | 'blocked' | 'unreachable';

export interface LedgerEntry {
  /** `claimed` while a sweep is sending; `sent` when every reachable recipient has it; `failed` to retry. */
  state: 'claimed' | 'sent' | 'failed';
  kind: 'reminder' | 'escalation';
  claimedAt: string;
  claimedBy: string;
  sentAt: string | null;
  attempts: number;
  recipients: Record<string, RecipientState>;
  lastError: string | null;
}

export interface StoredLedgerEntry {
  entry: LedgerEntry;
  etag: string;
}

interface LedgerEntity {
  partitionKey: string;
  rowKey: string;
  state: string;
  kind: string;
  claimedAt: string;
  claimedBy: string;
  sentAt: string;
  attempts: number;
  recipients: string;
  lastError: string;
}

/**
 * The reminder ledger: one row per (action, stage), so each is sent once.
 * `Reminders`: PartitionKey = action key (or `lead:<name>` for notices about a lead), RowKey = stage key (`2022-05-13:coming-up`, `2022-05-13:escalate-overdue-10`).
 * A sweep *claims* a row with an insert (409 = someone else has it) before sending, then marks it sent.
 * A claim older than the lease that never completed is taken over with its ETag (412 = someone was quicker).
 */
export class ReminderLedger {
  constructor(private readonly tables: TableSet) {}

  async get(scope: string, stageKey: string): Promise<StoredLedgerEntry | null> {
    const table = await this.tables.table(TABLES.reminders);
    const e = await getIfExists<LedgerEntity>(table, safeKey(scope), safeKey(stageKey));
    return e ? { entry: toDomain(e), etag: e.etag } : null;
  }

  /** Inserts a claim; null when the row already exists. */
  async claim(scope: string, stageKey: string, entry: LedgerEntry): Promise<StoredLedgerEntry | null> {
    const table = await this.tables.table(TABLES.reminders);
    try {
      const result = await table.createEntity(toPersistence(scope, stageKey, entry));
      return { entry, etag: result.etag ?? '' };
    } catch (err) {
      if (isConflict(err)) return null;
      throw err;
    }
  }

  /** Replaces a row read earlier; null when someone else changed it first. */
  async replace(scope: string, stageKey: string, previous: StoredLedgerEntry, next: LedgerEntry): Promise<StoredLedgerEntry | null> {
    const table = await this.tables.table(TABLES.reminders);
    try {
      const result = await table.updateEntity(toPersistence(scope, stageKey, next), 'Replace', { etag: previous.etag });
      return { entry: next, etag: result.etag ?? '' };
    } catch (err) {
      if (isStale(err)) return null;
      throw err;
    }
  }

  /** Every ledger row of one scope (an action's reminder history), for `show action` and tests. */
  async forScope(scope: string): Promise<Array<{ stageKey: string; entry: LedgerEntry }>> {
    const table = await this.tables.table(TABLES.reminders);
    const found: Array<{ stageKey: string; entry: LedgerEntry }> = [];
    for await (const e of table.listEntities<LedgerEntity>({ queryOptions: { filter: `PartitionKey eq ${odataString(safeKey(scope))}` } })) {
      found.push({ stageKey: unsafeKey(e.rowKey), entry: toDomain(e) });
    }
    return found;
  }
}

function toPersistence(scope: string, stageKey: string, e: LedgerEntry): LedgerEntity {
  return {
    partitionKey: safeKey(scope), rowKey: safeKey(stageKey), state: e.state, kind: e.kind, claimedAt: e.claimedAt, claimedBy: e.claimedBy,
    sentAt: e.sentAt ?? '', attempts: e.attempts, recipients: JSON.stringify(e.recipients), lastError: (e.lastError ?? '').slice(0, 2000),
  };
}

function toDomain(e: LedgerEntity): LedgerEntry {
  return {
    state: e.state as LedgerEntry['state'], kind: e.kind as LedgerEntry['kind'], claimedAt: e.claimedAt, claimedBy: e.claimedBy,
    sentAt: e.sentAt || null, attempts: Number(e.attempts), recipients: JSON.parse(e.recipients) as Record<string, RecipientState>, lastError: e.lastError || null,
  };
}
