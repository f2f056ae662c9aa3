import type { TableClient, TransactionAction } from '@azure/data-tables';
import { deleteIfExists } from './entity-reads';
import { isNotFound } from './storage-errors';

/** Operations that must be written together: one action with its history, say. All in one partition. */
export interface AtomicUnit {
  partitionKey: string;
  actions: TransactionAction[];
}

/** Azure Tables: at most 100 operations and 4 MiB in one entity-group transaction. */
const MAX_OPERATIONS = 100;
const MAX_BYTES = 3.5 * 1024 * 1024;
/** Per-operation envelope in the multipart batch body (headers, boundaries), estimated generously. */
const OPERATION_OVERHEAD = 600;
/** Transactions to different partitions in flight at once. */
const PARALLEL_PARTITIONS = 4;

/**
 * Writes units in as few entity-group transactions as Azure Tables allows: units of one partition are
 * packed together up to 100 operations and ~3.5 MiB (counted in bytes, not only operations); a unit is
 * never split, so each is all-or-nothing. Partitions are written side by side, a few at a time.
 * @throws the storage error of the first transaction that failed (the units in it were not written)
 */
export async function inTransactions(table: TableClient, units: AtomicUnit[]): Promise<void> {
  const batches = await pack(units);
  const queue = [...batches];
  const failures: unknown[] = [];
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PARTITIONS, queue.length) }, async () => {
    for (let batch = queue.shift(); batch && !failures.length; batch = queue.shift()) {
      try {
        await table.submitTransaction(batch);
      } catch (err) {
        failures.push(err);
      }
    }
  }));
  if (failures.length) throw failures[0];
}

/** Units sized between turns of the event loop: a 10,000-row import must not hold up /healthz or other turns. */
const UNITS_PER_SLICE = 500;

async function pack(units: AtomicUnit[]): Promise<TransactionAction[][]> {
  const byPartition = new Map<string, AtomicUnit[]>();
  for (const u of units) {
    if (!u.actions.length) continue;
    const list = byPartition.get(u.partitionKey);
    if (list) list.push(u);
    else byPartition.set(u.partitionKey, [u]);
  }
  const batches: TransactionAction[][] = [];
  for (const list of byPartition.values()) {
    let current: TransactionAction[] = [];
    let bytes = 0;
    for (const [i, unit] of list.entries()) {
      if (i > 0 && i % UNITS_PER_SLICE === 0) await new Promise((r) => setImmediate(r));
      const size = unit.actions.reduce((n, a) => n + Buffer.byteLength(JSON.stringify(a[1])) + OPERATION_OVERHEAD, 0);
      if (current.length && (current.length + unit.actions.length > MAX_OPERATIONS || bytes + size > MAX_BYTES)) {
        batches.push(current);
        current = [];
        bytes = 0;
      }
      current.push(...unit.actions);
      bytes += size;
    }
    if (current.length) batches.push(current);
  }
  return batches;
}

/**
 * Deletes entities that may already be gone (an undo run a second time): in transactions per partition,
 * and one by one for a transaction that failed because one of its entities was missing (404).
 */
export async function deleteAll(table: TableClient, keys: Array<{ partitionKey: string; rowKey: string }>): Promise<void> {
  const byPartition = new Map<string, Array<{ partitionKey: string; rowKey: string }>>();
  for (const k of keys) {
    const list = byPartition.get(k.partitionKey);
    if (list) list.push(k);
    else byPartition.set(k.partitionKey, [k]);
  }
  for (const list of byPartition.values()) {
    for (let i = 0; i < list.length; i += MAX_OPERATIONS) {
      const batch = list.slice(i, i + MAX_OPERATIONS);
      try {
        await table.submitTransaction(batch.map((k): TransactionAction => ['delete', { partitionKey: k.partitionKey, rowKey: k.rowKey }]));
      } catch (err) {
        if (!isNotFound(err)) throw err;
        for (const k of batch) await deleteIfExists(table, k.partitionKey, k.rowKey);
      }
    }
  }
}
