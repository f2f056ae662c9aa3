import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Action } from '../domain/action';
import { isOpen } from '../domain/action';
import { leadStatusIndexKeys, toPersistence } from './action-mapper';
import { deleteIfExists } from './entity-reads';
import type { AtomicUnit } from './transactions';

/**
 * `OpenActionsByLeadAndStatus`: two copies of every open action, one in its lead's partition and one in
 * its status's (see `leadStatusIndexKeys`), so "what is open for MOPAC" and "which actions are red" read
 * one partition, not every open action. Kept exactly like `OpenActionsByDue`: written after the action's
 * transaction, which left a marker `x|<number>` that is removed once every index follows; a marker left
 * by a crash is repaired by `repairIndex`, which calls `repairLeadStatusRows`.
 */

/** The index writes for these changes: the new rows upserted, rows the action left (another lead, status or due date, or closed) deleted. One unit per partition touched. */
export function leadStatusWrites(changes: ReadonlyArray<{ before: Action | null; after: Action }>): AtomicUnit[] {
  const units: AtomicUnit[] = [];
  for (const { before, after } of changes) {
    const wanted = isOpen(after) ? leadStatusIndexKeys(after) : [];
    const old = before && isOpen(before) ? leadStatusIndexKeys(before) : [];
    const byPartition = new Map<string, TransactionAction[]>();
    const add = (partitionKey: string, action: TransactionAction) => byPartition.set(partitionKey, [...(byPartition.get(partitionKey) ?? []), action]);
    for (const keys of wanted) add(keys.partitionKey, ['upsert', toPersistence(after, keys), 'Replace']);
    for (const keys of old) {
      if (!wanted.some((w) => w.partitionKey === keys.partitionKey && w.rowKey === keys.rowKey)) add(keys.partitionKey, ['delete', keys]);
    }
    for (const [partitionKey, actions] of byPartition) units.push({ partitionKey, actions });
  }
  return units;
}

/**
 * Makes the rows of these actions (by action key; null = the action no longer exists) match them: rows in
 * the wrong partition or under an old due date are deleted, the right ones upserted. Reads the whole index
 * (the stale rows' keys are not known): run only for actions a crash left marked. Idempotent.
 */
export async function repairLeadStatusRows(index: TableClient, current: ReadonlyMap<string, Action | null>): Promise<void> {
  const wanted = new Map<string, { keys: { partitionKey: string; rowKey: string }; action: Action }>();
  for (const action of current.values()) {
    if (action && isOpen(action)) for (const keys of leadStatusIndexKeys(action)) wanted.set(`${keys.partitionKey}\n${keys.rowKey}`, { keys, action });
  }
  for await (const row of index.listEntities()) {
    const key = String(row.rowKey).split('|')[1] ?? '';
    if (current.has(key) && !wanted.has(`${row.partitionKey}\n${row.rowKey}`)) await deleteIfExists(index, row.partitionKey!, row.rowKey!);
  }
  for (const { keys, action } of wanted.values()) await index.upsertEntity(toPersistence(action, keys), 'Replace');
}
