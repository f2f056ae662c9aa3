import type { AzureStore } from '../../src/store/store';
/**
 * Writes a generated register straight into Azure Tables in batches (one partition, at most 100
 * entities per transaction), with the repository's own mappers and keys — the same rows the repository
 * would write one by one, in a fraction of the time.
 */
import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Action } from '../../src/domain/action';
import { isOpen } from '../../src/domain/action';
import { actionKeys, leadStatusIndexKeys, numberIndexKeys, openIndexKeys, toPersistence } from '../../src/store/action-mapper';
import { TABLES } from '../../src/store/tables';

const BATCH = 100;

export interface LoadReport {
  actions: number;
  indexRows: number;
  transactions: number;
  ms: number;
}

export async function loadRegister(store: AzureStore, actions: readonly Action[], concurrency = 4): Promise<LoadReport> {
  const started = performance.now();
  const register = await store.tables.table(TABLES.actions);
  const index = await store.tables.table(TABLES.openActionsByDue);
  const byNumber = await store.tables.table(TABLES.actionsByNumber);
  const byLeadAndStatus = await store.tables.table(TABLES.openActionsByLeadAndStatus);
  const batches: Array<{ table: TableClient; rows: TransactionAction[] }> = [];
  const byMeeting = new Map<string, TransactionAction[]>();
  for (const a of actions) {
    const keys = actionKeys(a);
    const rows = byMeeting.get(keys.partitionKey) ?? [];
    rows.push(['create', { ...toPersistence(a, keys) }]);
    byMeeting.set(keys.partitionKey, rows);
  }
  for (const rows of byMeeting.values()) for (let i = 0; i < rows.length; i += BATCH) batches.push({ table: register, rows: rows.slice(i, i + BATCH) });
  const open = actions.filter(isOpen).map((a): TransactionAction => ['create', { ...toPersistence(a, openIndexKeys(a)) }]);
  for (let i = 0; i < open.length; i += BATCH) batches.push({ table: index, rows: open.slice(i, i + BATCH) });
  const numbered = new Map<string, TransactionAction[]>();
  for (const a of actions) {
    for (const keys of numberIndexKeys(a)) {
      const rows = numbered.get(keys.partitionKey) ?? [];
      rows.push(['create', { ...toPersistence(a, keys) }]);
      numbered.set(keys.partitionKey, rows);
    }
  }
  for (const rows of numbered.values()) for (let i = 0; i < rows.length; i += BATCH) batches.push({ table: byNumber, rows: rows.slice(i, i + BATCH) });
  const byLead = new Map<string, TransactionAction[]>();
  for (const a of actions.filter(isOpen)) {
    for (const keys of leadStatusIndexKeys(a)) {
      const rows = byLead.get(keys.partitionKey) ?? [];
      rows.push(['create', { ...toPersistence(a, keys) }]);
      byLead.set(keys.partitionKey, rows);
    }
  }
  for (const rows of byLead.values()) for (let i = 0; i < rows.length; i += BATCH) batches.push({ table: byLeadAndStatus, rows: rows.slice(i, i + BATCH) });
  // The number and lead-and-status indexes are complete: the repository's migrate need not build them (their `meta|built` rows).
  batches.push({ table: byNumber, rows: [['upsert', { partitionKey: 'meta', rowKey: 'built' }, 'Replace']] });
  batches.push({ table: byLeadAndStatus, rows: [['upsert', { partitionKey: 'meta', rowKey: 'built' }, 'Replace']] });
  await pool(batches, concurrency, async ({ table, rows }) => {
    await table.submitTransaction(rows);
  });
  return { actions: actions.length, indexRows: open.length, transactions: batches.length, ms: performance.now() - started };
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function pool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  });
  await Promise.all(runners);
}
