import type { TransactionAction } from '@azure/data-tables';
import { meetingKey, parseActionKey } from '../domain/action';
import { actionRowKey } from './action-mapper';
import type { HistoryEntity } from './history-mapper';
import { safeKey } from './keys';
import { isNotFound } from './storage-errors';
import { TABLES, TableSet } from './tables';
import { AtomicUnit, inTransactions } from './transactions';

/** The table the first release kept each action's history in (PartitionKey = action key). */
const LEGACY_HISTORY = 'ActionUpdates';

/**
 * Upgrades a register written by the first release to today's layout, in place and idempotently:
 * each action's history moves from `ActionUpdates` into `Actions`, beside its action, under RowKey
 * `h|<number>|<the old RowKey>` (the old RowKey already sorts newest first). Entries are upserted, so a
 * migration cut short simply runs again; the old table is deleted only once everything is copied.
 * @returns how many history entries were copied (0 when there was nothing to migrate)
 */
export async function migrateRegister(tables: TableSet): Promise<{ historyEntries: number }> {
  const legacy = tables.existing(LEGACY_HISTORY);
  const units: AtomicUnit[] = [];
  try {
    for await (const e of legacy.listEntities<Omit<HistoryEntity, 'partitionKey' | 'rowKey'>>()) {
      const id = parseActionKey(e.partitionKey);
      if (!id) continue;
      const { partitionKey: _pk, rowKey, etag: _etag, timestamp: _ts, ...fields } = e as typeof e & { etag?: string; timestamp?: string };
      const moved = { ...fields, partitionKey: meetingKey(id), rowKey: `h|${actionRowKey(id)}|${String(rowKey)}` };
      units.push({ partitionKey: moved.partitionKey, actions: [['upsert', moved, 'Replace'] as TransactionAction] });
    }
  } catch (err) {
    if (isNotFound(err)) return { historyEntries: 0 };
    throw err;
  }
  await inTransactions(await tables.table(TABLES.actions), units);
  await legacy.deleteTable();
  return { historyEntries: units.length };
}

/** The table the first release kept its ledger in: one row per (scope, stage) with a map of recipients. */
const LEGACY_LEDGER = 'Reminders';

/**
 * The first release's ledger rows become one delivery row per recipient (`<stage>|<recipient>`), so
 * nothing it sent is sent again after the upgrade. Idempotent like `migrateRegister`.
 */
export async function migrateLedger(tables: TableSet): Promise<{ deliveries: number }> {
  const legacy = tables.existing(LEGACY_LEDGER);
  const units: AtomicUnit[] = [];
  try {
    for await (const e of legacy.listEntities<{ state: string; kind: string; claimedAt: string; claimedBy: string; sentAt: string; attempts: number; recipients: string }>()) {
      const recipients = JSON.parse(e.recipients || '{}') as Record<string, string>;
      for (const [recipient, state] of Object.entries(recipients)) {
        const row = {
          partitionKey: e.partitionKey!, rowKey: `${String(e.rowKey)}|${safeKey(recipient)}`, state, kind: e.kind === 'escalation' ? 'escalation' : 'reminder',
          claimedAt: e.claimedAt, claimedBy: e.claimedBy, sentAt: state === 'sent' ? e.sentAt || e.claimedAt : '', attempts: Number(e.attempts), lastError: '',
        };
        units.push({ partitionKey: row.partitionKey, actions: [['upsert', row, 'Replace'] as TransactionAction] });
      }
    }
  } catch (err) {
    if (isNotFound(err)) return { deliveries: 0 };
    throw err;
  }
  await inTransactions(await tables.table(TABLES.deliveries), units);
  await legacy.deleteTable();
  return { deliveries: units.length };
}
