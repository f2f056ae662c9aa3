import type { Action, ActionId, MeetingId } from '../domain/action';
import { actionReference, isOpen, meetingKey } from '../domain/action';
import type { IsoDate } from '../domain/calendar-date';
import { ActionEntity, NO_DUE, actionKeys, openIndexKeys, toDomain, toPersistence } from './action-mapper';
import { odataString } from './keys';
import { DuplicateRecordError, StaleRecordError, isConflict, isStale } from './storage-errors';
import { TABLES, TableSet } from './tables';
import { deleteIfExists, getIfExists } from './entity-reads';

/** An action as read, with the ETag any update must present. */
export interface StoredAction {
  action: Action;
  etag: string;
}

/**
 * The action register.
 *
 * - `Actions`: PartitionKey = meeting (`OB_2022-04-21`), RowKey = number (`005`). One meeting's actions
 *   share a partition, so a meeting is read (or imported) in one go.
 * - `OpenActionsByDue`: a copy of every open action, PartitionKey `open`, RowKey `<due>|<action key>`
 *   (`~|…` when there is no due date). "What is overdue", "due this week" and the reminder sweep read a
 *   key range here: their cost follows the actions due, not the size of the register.
 *
 * The Actions row is the record; the index follows it after each write and `rebuildOpenIndex` repairs it.
 */
export class ActionRepository {
  constructor(private readonly tables: TableSet) {}

  async get(id: ActionId): Promise<StoredAction | null> {
    const table = await this.tables.table(TABLES.actions);
    const { partitionKey, rowKey } = actionKeys(id);
    const entity = await getIfExists<ActionEntity>(table, partitionKey, rowKey);
    return entity ? { action: toDomain(entity), etag: entity.etag } : null;
  }

  /** Adds a new action; fails with DuplicateRecordError when the number is taken. */
  async create(action: Action): Promise<StoredAction> {
    const table = await this.tables.table(TABLES.actions);
    try {
      const result = await table.createEntity(toPersistence(action, actionKeys(action)));
      await this.syncIndex(null, action);
      return { action, etag: result.etag ?? '' };
    } catch (err) {
      if (isConflict(err)) throw new DuplicateRecordError(`Action ${actionReference(action)}`);
      throw err;
    }
  }

  /** Replaces an action read earlier; StaleRecordError when someone changed it meanwhile. */
  async update(previous: StoredAction, next: Action): Promise<StoredAction> {
    const table = await this.tables.table(TABLES.actions);
    try {
      const result = await table.updateEntity(toPersistence(next, actionKeys(next)), 'Replace', { etag: previous.etag });
      await this.syncIndex(previous.action, next);
      return { action: next, etag: result.etag ?? '' };
    } catch (err) {
      if (isStale(err)) throw new StaleRecordError(`Action ${actionReference(next)}`);
      throw err;
    }
  }

  async listMeeting(meeting: MeetingId): Promise<Action[]> {
    return this.query(TABLES.actions, `PartitionKey eq ${odataString(meetingKey(meeting))}`);
  }

  /** Actions with this number in any meeting ("show action 5"): one filtered query on the row key. */
  async findByNumber(number: number): Promise<Action[]> {
    return this.query(TABLES.actions, `RowKey eq ${odataString(String(number).padStart(3, '0'))}`);
  }

  /** Every action (a scan: for exports and whole-register questions, not the hot paths). */
  async listAll(): Promise<Action[]> {
    return this.query(TABLES.actions);
  }

  /** Open actions with a due date in [from, to] (either end optional), soonest first. */
  async listOpenDue(range: { from?: IsoDate; to?: IsoDate }): Promise<Action[]> {
    const low = range.from ? `RowKey ge ${odataString(range.from)}` : `RowKey ge '0'`;
    const high = range.to ? `RowKey lt ${odataString(`${range.to}|~`)}` : `RowKey lt ${odataString(NO_DUE)}`;
    return this.query(TABLES.openActionsByDue, `PartitionKey eq 'open' and ${low} and ${high}`);
  }

  /** Open actions that have no due date (flagged needs-date). */
  async listOpenWithoutDue(): Promise<Action[]> {
    return this.query(TABLES.openActionsByDue, `PartitionKey eq 'open' and RowKey ge ${odataString(NO_DUE)}`);
  }

  /** Every open action, due soonest first, those without a date last. */
  async listOpen(): Promise<Action[]> {
    return this.query(TABLES.openActionsByDue, `PartitionKey eq 'open'`);
  }

  /** Makes the open index match the register again (after a crash between the two writes). */
  async rebuildOpenIndex(): Promise<{ added: number; removed: number }> {
    const index = await this.tables.table(TABLES.openActionsByDue);
    const expected = new Map<string, Action>();
    for (const a of await this.listAll()) if (isOpen(a)) expected.set(openIndexKeys(a).rowKey, a);
    let removed = 0;
    for await (const e of index.listEntities<ActionEntity>({ queryOptions: { filter: `PartitionKey eq 'open'` } })) {
      if (!expected.has(e.rowKey)) {
        await deleteIfExists(index, e.partitionKey, e.rowKey);
        removed++;
      }
    }
    for (const a of expected.values()) await index.upsertEntity(toPersistence(a, openIndexKeys(a)), 'Replace');
    return { added: expected.size, removed };
  }

  private async syncIndex(before: Action | null, after: Action): Promise<void> {
    const index = await this.tables.table(TABLES.openActionsByDue);
    const oldKeys = before && isOpen(before) ? openIndexKeys(before) : null;
    const newKeys = isOpen(after) ? openIndexKeys(after) : null;
    if (newKeys) await index.upsertEntity(toPersistence(after, newKeys), 'Replace');
    if (oldKeys && oldKeys.rowKey !== newKeys?.rowKey) await deleteIfExists(index, oldKeys.partitionKey, oldKeys.rowKey);
  }

  private async query(name: typeof TABLES.actions | typeof TABLES.openActionsByDue, filter?: string): Promise<Action[]> {
    const table = await this.tables.table(name);
    const found: Action[] = [];
    for await (const e of table.listEntities<ActionEntity>(filter ? { queryOptions: { filter } } : {})) found.push(toDomain(e));
    return found;
  }
}


