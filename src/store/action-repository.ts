import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Action, ActionId, MeetingId, Status } from '../domain/action';
import { actionKey, actionReference, isOpen, meetingKey, parseActionKey } from '../domain/action';
import type { ActionUpdate } from '../domain/action-update';
import type { IsoDate } from '../domain/calendar-date';
import type { ActionRef, ActionRegister, CreateManyOptions, NewAction, StoredAction } from '../app/ports';
import { DuplicateRecordError, StaleRecordError } from '../errors';
import { ActionEntity, NO_DUE, actionKeys, actionRowKey, leadIndexPartition, leadStatusIndexKeys, numberIndexKeys, numberIndexPartition, openIndexKeys, refIndexPartition, statusIndexPartition, toDomain, toPersistence } from './action-mapper';
import { leadStatusWrites, repairLeadStatusRows } from './lead-status-index';
import { HistoryEntity, historyPrefix, historyToDomain, historyToPersistence } from './history-mapper';
import { odataString } from './keys';
import { isConflict, isNotFound, isStale } from './storage-errors';
import { TABLES, TableSet } from './tables';
import { deleteIfExists, getIfExists } from './entity-reads';
import { AtomicUnit, deleteAll, inTransactions } from './transactions';
import { rawQuery } from './raw-query';

/**
 * The action register and its history.
 *
 * - `Actions`, PartitionKey = meeting (`OB_2022-04-21`):
 *   - RowKey `005`: the action (its number, zero-padded);
 *   - RowKey `h|005|<inverted time>_<tiebreak>`: its history, append-only, newest first;
 *   - RowKey `x|005`: "the index must follow": written in the same transaction as the action, removed
 *     once `OpenActionsByDue` matches; one left behind by a crash is repaired by `repairIndex`.
 *   An action and its new history entry share a partition, so a status update is ONE entity-group
 *   transaction carrying the action's ETag: both are written or neither (412 = stale, nothing written).
 * - `OpenActionsByDue`: a copy of every open action, PartitionKey `open`, RowKey `<due>|<action key>`
 *   (`~|…` when there is no due date). "What is overdue", "due this week" and the reminder sweep read a
 *   key range here: their cost follows the actions due, not the size of the register.
 * - `ActionsByNumber`: a copy of every action twice, RowKey = action key, PartitionKey = its number (`5`)
 *   and `ref:<board reference>` (`ref:42%2F20`). "show action 5" / "#42/20" read one partition: one
 *   request at any register size. Kept by the same marker as `OpenActionsByDue`; a register written
 *   before it existed is indexed once by `buildNumberIndex` (run by migrate; row `meta|built` says done).
 * - `OpenActionsByLeadAndStatus`: a copy of every open action twice, RowKey as in `OpenActionsByDue`,
 *   PartitionKey `lead:<lead as questions match it>` and `status:<status>` (see lead-status-index.ts).
 *   "What is open for MOPAC", "anything late for MPS", "which actions are red" read one partition (and a
 *   key range of it for a date filter). Kept by the same marker; built once by `buildLeadStatusIndex`.
 */
export class ActionRepository implements ActionRegister {
  private lagging = false;

  constructor(private readonly tables: TableSet) {}

  indexLagging(): boolean {
    return this.lagging;
  }

  async get(id: ActionId): Promise<StoredAction | null> {
    const table = await this.tables.table(TABLES.actions);
    const { partitionKey, rowKey } = actionKeys(id);
    const entity = await getIfExists<ActionEntity>(table, partitionKey, rowKey);
    return entity ? { action: toDomain(entity), etag: entity.etag } : null;
  }

  async create(action: Action, history: ActionUpdate[] = []): Promise<StoredAction> {
    await this.createMany([{ action, history }]);
    const stored = await this.get(action);
    if (!stored) throw new Error(`action ${actionReference(action)} was written but cannot be read back`);
    return stored;
  }

  async createMany(actions: NewAction[], options: CreateManyOptions = {}): Promise<void> {
    const table = await this.tables.table(TABLES.actions);
    const operations = actions.map(({ action, history }) => {
      const keys = actionKeys(action);
      return {
        partitionKey: keys.partitionKey,
        actions: [
          ['create', toPersistence(action, keys)] as TransactionAction,
          ...history.map((u): TransactionAction => ['create', historyToPersistence(keys.partitionKey, action, u)]),
          ...(options.journaled ? [] : [['upsert', marker(action), 'Replace'] as TransactionAction]),
        ],
      };
    });
    try {
      await inTransactions(table, operations);
    } catch (err) {
      if (isConflict(err)) throw new DuplicateRecordError(actions.length === 1 ? `Action ${actionReference(actions[0]!.action)}` : 'One of these actions');
      throw err;
    }
    const changes = actions.map(({ action }) => ({ before: null, after: action }));
    if (options.journaled) await this.writeIndex(changes);
    else await this.followIndex(changes);
  }

  async removeMany(ids: ActionId[]): Promise<void> {
    const table = await this.tables.table(TABLES.actions);
    const byMeeting = new Map<string, Set<string>>();
    for (const id of ids) byMeeting.set(meetingKey(id), (byMeeting.get(meetingKey(id)) ?? new Set()).add(actionRowKey(id)));
    for (const [partitionKey, numbers] of byMeeting) {
      const rows: Array<{ partitionKey: string; rowKey: string }> = [];
      const stored: Action[] = [];
      for await (const e of rawQuery<ActionEntity>(table, `PartitionKey eq ${odataString(partitionKey)}`)) {
        const rowKey = String(e.rowKey);
        const number = rowKey.startsWith('h|') || rowKey.startsWith('x|') ? rowKey.split('|')[1]! : rowKey;
        if (!numbers.has(number)) continue;
        rows.push({ partitionKey, rowKey });
        if (number === rowKey) stored.push(toDomain(e));
      }
      // Index rows first: a crash after this leaves actions without index rows (finished by running
      // again), never index rows naming actions that are gone.
      await this.dropIndexRows(stored);
      await deleteAll(table, rows);
    }
  }

  async reindex(ids: ActionId[]): Promise<void> {
    const wanted = new Set(ids.map(actionKey));
    const meetings = new Map(ids.map((id) => [meetingKey(id), id]));
    const stored: Action[] = [];
    for (const id of meetings.values()) stored.push(...(await this.listMeeting(id)).filter((a) => wanted.has(actionKey(a))));
    await this.writeIndex(stored.map((after) => ({ before: null, after })));
  }

  async record(previous: StoredAction, next: Action, entry: ActionUpdate): Promise<StoredAction> {
    const table = await this.tables.table(TABLES.actions);
    const keys = actionKeys(next);
    let etag: string | undefined;
    try {
      const result = await table.submitTransaction([
        ['update', toPersistence(next, keys), 'Replace', { etag: previous.etag }],
        ['create', historyToPersistence(keys.partitionKey, next, entry)],
        ['upsert', marker(next), 'Replace'],
      ]);
      etag = result.getResponseForEntity(keys.rowKey)?.etag;
    } catch (err) {
      if (isStale(err) || isNotFound(err)) throw new StaleRecordError(`Action ${actionReference(next)}`);
      throw err;
    }
    // Recorded: from here nothing may say otherwise. The index follows; if it cannot, the marker stays.
    await this.followIndex([{ before: previous.action, after: next }]);
    return { action: next, etag: etag ?? (await this.get(next))?.etag ?? '' };
  }

  async history(id: ActionId): Promise<ActionUpdate[]> {
    const table = await this.tables.table(TABLES.actions);
    const prefix = historyPrefix(id);
    const filter = `PartitionKey eq ${odataString(meetingKey(id))} and RowKey gt ${odataString(prefix)} and RowKey lt ${odataString(`${prefix}~`)}`;
    const found: ActionUpdate[] = [];
    for await (const e of table.listEntities<HistoryEntity>({ queryOptions: { filter } })) found.push(historyToDomain(e));
    return found;
  }

  async histories(ids: ActionId[]): Promise<Map<string, ActionUpdate[]>> {
    const table = await this.tables.table(TABLES.actions);
    const wanted = new Set(ids.map(actionKey));
    const found = new Map<string, ActionUpdate[]>();
    for (const partitionKey of new Set(ids.map(meetingKey))) {
      const filter = `PartitionKey eq ${odataString(partitionKey)} and RowKey gt 'h|' and RowKey lt 'h}'`;
      for await (const e of table.listEntities<HistoryEntity>({ queryOptions: { filter } })) {
        const key = `${partitionKey}_${String(e.rowKey).split('|')[1]}`;
        if (!wanted.has(key)) continue;
        const list = found.get(key);
        if (list) list.push(historyToDomain(e));
        else found.set(key, [historyToDomain(e)]);
      }
    }
    return found;
  }

  async listMeeting(meeting: MeetingId): Promise<Action[]> {
    return this.query(TABLES.actions, `PartitionKey eq ${odataString(meetingKey(meeting))} and ${ACTION_ROWS}`);
  }

  async findByNumber(number: number): Promise<Action[]> {
    return this.query(TABLES.actionsByNumber, `PartitionKey eq ${odataString(numberIndexPartition(number))}`);
  }

  async findNumbered(number: number): Promise<ActionRef[]> {
    const table = await this.tables.table(TABLES.actionsByNumber);
    const found: ActionRef[] = [];
    const filter = `PartitionKey eq ${odataString(numberIndexPartition(number))}`;
    for await (const e of rawQuery<Pick<ActionEntity, 'boardCode' | 'meetingDate' | 'number' | 'ref'>>(table, filter, ['boardCode', 'meetingDate', 'number', 'ref'])) {
      found.push({ boardCode: e.boardCode, meetingDate: e.meetingDate, number: Number(e.number), ref: e.ref || String(e.number) });
    }
    return found;
  }

  async getWithHistory(id: ActionId): Promise<{ action: Action; history: ActionUpdate[] } | null> {
    const table = await this.tables.table(TABLES.actions);
    const prefix = historyPrefix(id);
    // The action's row and its history rows: one partition, one request (the history sorts newest first).
    const filter = `PartitionKey eq ${odataString(meetingKey(id))} and (RowKey eq ${odataString(actionRowKey(id))} or (RowKey gt ${odataString(prefix)} and RowKey lt ${odataString(`${prefix}~`)}))`;
    let action: Action | null = null;
    const history: ActionUpdate[] = [];
    for await (const e of rawQuery<ActionEntity & HistoryEntity>(table, filter)) {
      if (e.rowKey === actionRowKey(id)) action = toDomain(e);
      else history.push(historyToDomain(e));
    }
    return action ? { action, history } : null;
  }

  async findByRef(ref: string): Promise<Action[]> {
    return this.query(TABLES.actionsByNumber, `PartitionKey eq ${odataString(refIndexPartition(ref))}`);
  }

  /**
   * Indexes by number and reference every action of a register written before `ActionsByNumber` existed
   * (once: a `meta|built` row records it; idempotent if cut short).
   * @returns how many actions were indexed (0 when the index was already built)
   */
  async buildNumberIndex(): Promise<{ indexedActions: number }> {
    const index = await this.tables.table(TABLES.actionsByNumber);
    if (await getIfExists(index, BUILT.partitionKey, BUILT.rowKey)) return { indexedActions: 0 };
    const all = await this.listAll();
    await inTransactions(index, all.flatMap(numberIndexUnits));
    await index.upsertEntity({ ...BUILT }, 'Replace');
    return { indexedActions: all.length };
  }

  /**
   * Indexes by lead and by status every open action of a register written before `OpenActionsByLeadAndStatus`
   * existed (once: a `meta|built` row records it; idempotent if cut short).
   * @returns how many open actions were indexed (0 when the index was already built)
   */
  async buildLeadStatusIndex(): Promise<{ leadStatusIndexed: number }> {
    const index = await this.tables.table(TABLES.openActionsByLeadAndStatus);
    if (await getIfExists(index, BUILT.partitionKey, BUILT.rowKey)) return { leadStatusIndexed: 0 };
    const open = (await this.listAll()).filter(isOpen);
    await inTransactions(index, leadStatusWrites(open.map((after) => ({ before: null, after }))));
    await index.upsertEntity({ ...BUILT }, 'Replace');
    return { leadStatusIndexed: open.length };
  }

  async listAll(): Promise<Action[]> {
    return this.query(TABLES.actions, ACTION_ROWS);
  }

  async listOpenDue(range: { from?: IsoDate; to?: IsoDate }): Promise<Action[]> {
    return this.query(TABLES.openActionsByDue, `PartitionKey eq 'open' and ${dueRange(range)}`);
  }

  async listOpenByLead(lead: string, range?: { from?: IsoDate; to?: IsoDate }): Promise<Action[]> {
    return this.query(TABLES.openActionsByLeadAndStatus, `PartitionKey eq ${odataString(leadIndexPartition(lead))}${range ? ` and ${dueRange(range)}` : ''}`);
  }

  async listOpenByStatus(status: Status, range?: { from?: IsoDate; to?: IsoDate }): Promise<Action[]> {
    return this.query(TABLES.openActionsByLeadAndStatus, `PartitionKey eq ${odataString(statusIndexPartition(status))}${range ? ` and ${dueRange(range)}` : ''}`);
  }

  async listOpenWithoutDue(): Promise<Action[]> {
    return this.query(TABLES.openActionsByDue, `PartitionKey eq 'open' and RowKey ge ${odataString(NO_DUE)}`);
  }

  async listOpen(): Promise<Action[]> {
    return this.query(TABLES.openActionsByDue, `PartitionKey eq 'open'`);
  }

  /**
   * Finds every action whose index may lag (a marker left by a crash, or an index write that failed) and
   * makes its index rows match the action. Idempotent; reads the markers and the index, not the register.
   */
  async repairIndex(): Promise<{ repaired: number }> {
    const table = await this.tables.table(TABLES.actions);
    const index = await this.tables.table(TABLES.openActionsByDue);
    const markers: Array<{ partitionKey: string; rowKey: string; id: ActionId }> = [];
    for await (const m of table.listEntities({ queryOptions: { filter: `RowKey ge 'x|' and RowKey lt 'x}'` } })) {
      const action = parseActionKey(`${m.partitionKey}_${String(m.rowKey).slice(2)}`);
      if (action) markers.push({ partitionKey: m.partitionKey!, rowKey: m.rowKey!, id: action });
    }
    if (!markers.length) return { repaired: 0 };
    const current = new Map<string, Action | null>();
    for (const m of markers) current.set(actionKey(m.id), (await this.get(m.id))?.action ?? null);
    for await (const row of index.listEntities({ queryOptions: { filter: `PartitionKey eq 'open'` } })) {
      const key = String(row.rowKey).split('|')[1] ?? '';
      if (!current.has(key)) continue;
      const action = current.get(key);
      if (!action || !isOpen(action) || row.rowKey !== openIndexKeys(action).rowKey) await deleteIfExists(index, 'open', row.rowKey!);
    }
    for (const action of current.values()) if (action && isOpen(action)) await index.upsertEntity(toPersistence(action, openIndexKeys(action)), 'Replace');
    const byNumber = await this.tables.table(TABLES.actionsByNumber);
    await inTransactions(byNumber, [...current.values()].flatMap((action) => (action ? numberIndexUnits(action) : [])));
    await repairLeadStatusRows(await this.tables.table(TABLES.openActionsByLeadAndStatus), current);
    for (const m of markers) await deleteIfExists(table, m.partitionKey, m.rowKey);
    this.lagging = false;
    return { repaired: markers.length };
  }

  /**
   * Brings the index in line with each change, then removes the changes' markers. Never throws: a
   * failure leaves the markers for `repairIndex` and says so through `indexLagging()`.
   */
  private async followIndex(changes: Array<{ before: Action | null; after: Action }>): Promise<void> {
    try {
      await this.writeIndex(changes);
      const table = await this.tables.table(TABLES.actions);
      await inTransactions(table, changes.map(({ after }) => ({ partitionKey: meetingKey(after), actions: [['delete', marker(after)] as TransactionAction] })));
    } catch {
      this.lagging = true;
    }
  }

  /** The index rows of actions about to be removed (deleted if present). */
  private async dropIndexRows(actions: Action[]): Promise<void> {
    const index = await this.tables.table(TABLES.openActionsByDue);
    const byNumber = await this.tables.table(TABLES.actionsByNumber);
    const byLeadAndStatus = await this.tables.table(TABLES.openActionsByLeadAndStatus);
    await Promise.all([
      deleteAll(index, actions.filter(isOpen).map(openIndexKeys)),
      deleteAll(byNumber, actions.flatMap((a) => numberIndexKeys(a).map(({ partitionKey, rowKey }) => ({ partitionKey, rowKey })))),
      deleteAll(byLeadAndStatus, actions.filter(isOpen).flatMap((a) => leadStatusIndexKeys(a).map(({ partitionKey, rowKey }) => ({ partitionKey, rowKey })))),
    ]);
  }

  /** Makes the open-actions, number, and lead and status indexes match each change. Throws the storage error if a write fails. */
  private async writeIndex(changes: Array<{ before: Action | null; after: Action }>): Promise<void> {
    const index = await this.tables.table(TABLES.openActionsByDue);
    const writes: AtomicUnit[] = [];
    for (const { before, after } of changes) {
      const oldKeys = before && isOpen(before) ? openIndexKeys(before) : null;
      const newKeys = isOpen(after) ? openIndexKeys(after) : null;
      const unit: TransactionAction[] = [];
      if (newKeys) unit.push(['upsert', toPersistence(after, newKeys), 'Replace']);
      if (oldKeys && oldKeys.rowKey !== newKeys?.rowKey) unit.push(['delete', oldKeys]);
      writes.push({ partitionKey: 'open', actions: unit });
    }
    const byNumber = await this.tables.table(TABLES.actionsByNumber);
    const numberWrites = changes.flatMap(({ before, after }) => [
      ...numberIndexUnits(after),
      ...(before && before.ref !== after.ref ? [{ partitionKey: refIndexPartition(before.ref), actions: [['delete', { partitionKey: refIndexPartition(before.ref), rowKey: actionKey(before) }] as TransactionAction] }] : []),
    ]);
    const byLeadAndStatus = await this.tables.table(TABLES.openActionsByLeadAndStatus);
    await Promise.all([inTransactions(index, writes), inTransactions(byNumber, numberWrites), inTransactions(byLeadAndStatus, leadStatusWrites(changes))]);
  }

  private async query(name: typeof TABLES.actions | typeof TABLES.openActionsByDue | typeof TABLES.actionsByNumber | typeof TABLES.openActionsByLeadAndStatus, filter: string): Promise<Action[]> {
    const table: TableClient = await this.tables.table(name);
    const found: Action[] = [];
    for await (const e of rawQuery<ActionEntity>(table, filter)) found.push(toDomain(e));
    return found;
  }
}

/** The RowKey range of open-index rows (`<due>|<action key>`) due in [from, to], either end optional; undated rows (`~|…`) never. */
function dueRange(range: { from?: IsoDate; to?: IsoDate }): string {
  const low = range.from ? `RowKey ge ${odataString(range.from)}` : `RowKey ge '0'`;
  const high = range.to ? `RowKey lt ${odataString(`${range.to}|~`)}` : `RowKey lt ${odataString(NO_DUE)}`;
  return `${low} and ${high}`;
}

/** Action rows only: their RowKeys are digits, which sort before the `h|` (history) and `x|` (marker) rows. */
const ACTION_ROWS = `RowKey lt 'a'`;

/** The row saying a register's number index was built (`buildNumberIndex`). */
const BUILT = { partitionKey: 'meta', rowKey: 'built' } as const;

/** The number and reference index rows of one action, each its own unit (they live in two partitions). */
function numberIndexUnits(action: Action): AtomicUnit[] {
  return numberIndexKeys(action).map((keys) => ({ partitionKey: keys.partitionKey, actions: [['upsert', toPersistence(action, keys), 'Replace'] as TransactionAction] }));
}

function marker(a: ActionId): { partitionKey: string; rowKey: string; number: number } {
  return { partitionKey: meetingKey(a), rowKey: `x|${actionRowKey(a)}`, number: a.number };
}
