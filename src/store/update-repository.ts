import { randomUUID } from 'crypto';
import type { ActionId } from '../domain/action';
import { actionKey } from '../domain/action';
import type { ActionUpdate, FieldChange, UpdateSource } from '../domain/action-update';
import type { Status } from '../domain/action';
import { newestFirstKey, odataString } from './keys';
import { TABLES, TableSet } from './tables';

interface UpdateEntity {
  partitionKey: string;
  rowKey: string;
  kind: string;
  at: string;
  by: string;
  byName: string;
  source: string;
  status: string;
  text: string;
  revisedDue: string;
  changes: string;
}

/**
 * Each action's history, append-only.
 * `ActionUpdates`: PartitionKey = action key (`OB_2022-04-21_005`), so one action's history is one
 * partition; RowKey = inverted time + a random tiebreak, so a plain read returns newest first and two
 * updates in the same millisecond are both kept (newest recorded first). Entries are only ever inserted, never replaced.
 */
export class UpdateRepository {
  constructor(private readonly tables: TableSet) {}

  async append(id: ActionId, update: ActionUpdate): Promise<void> {
    const table = await this.tables.table(TABLES.actionUpdates);
    await table.createEntity(toPersistence(id, update));
  }

  /** The history of one action, newest first. */
  async history(id: ActionId): Promise<ActionUpdate[]> {
    const table = await this.tables.table(TABLES.actionUpdates);
    const found: ActionUpdate[] = [];
    const filter = `PartitionKey eq ${odataString(actionKey(id))}`;
    for await (const e of table.listEntities<UpdateEntity>({ queryOptions: { filter } })) found.push(toDomain(e));
    return found;
  }
}

/**
 * Entries stamped with the same instant (a fixed demo clock, one import writing several) keep the order
 * they were recorded in: newest first by the machine's wall clock, then a random suffix. This orders ties
 * only; it never decides anything by date.
 */
function insertionTiebreak(): string {
  return `${String(9_999_999_999_999 - Date.now()).padStart(13, '0')}${randomUUID().slice(0, 6)}`;
}

function toPersistence(id: ActionId, u: ActionUpdate): UpdateEntity {
  return {
    partitionKey: actionKey(id),
    rowKey: newestFirstKey(new Date(u.at), insertionTiebreak()),
    kind: u.kind,
    at: u.at,
    by: u.by,
    byName: u.byName,
    source: u.source,
    status: u.status ?? '',
    text: u.text,
    revisedDue: u.revisedDue ?? '',
    changes: JSON.stringify(u.changes),
  };
}

function toDomain(e: UpdateEntity): ActionUpdate {
  return {
    kind: e.kind as ActionUpdate['kind'],
    at: e.at,
    by: e.by,
    byName: e.byName,
    source: e.source as UpdateSource,
    status: (e.status || null) as Status | null,
    text: e.text,
    revisedDue: e.revisedDue || null,
    changes: e.changes ? (JSON.parse(e.changes) as FieldChange[]) : [],
  };
}
