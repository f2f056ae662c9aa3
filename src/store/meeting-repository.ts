import type { MeetingCalendar } from '../app/ports';
import type { IsoDate } from '../domain/calendar-date';
import type { Meeting } from '../domain/meeting';
import { deleteIfExists, getIfExists } from './entity-reads';
import { safeKey, unsafeKey } from './keys';
import { TABLES, TableSet } from './tables';

interface MeetingEntity {
  partitionKey: string;
  rowKey: string;
  board: string;
  title: string;
  cancelled: boolean;
  source: string;
  addedBy: string;
  addedAt: string;
}

/**
 * The meeting calendar.
 * `Meetings`: PartitionKey = the board's short code (`OB`, `DO`), RowKey = the meeting date (`2022-06-14`):
 * one board's meeting on one date is a point read, one board's meetings are one partition in date order.
 * A few hundred rows at most, so `list` reads the table whole.
 */
export class MeetingRepository implements MeetingCalendar {
  constructor(private readonly tables: TableSet) {}

  async get(boardCode: string, date: IsoDate): Promise<Meeting | null> {
    const table = await this.tables.table(TABLES.meetings);
    const entity = await getIfExists<MeetingEntity>(table, safeKey(boardCode), date);
    return entity ? toDomain(entity) : null;
  }

  async save(m: Meeting): Promise<void> {
    const table = await this.tables.table(TABLES.meetings);
    await table.upsertEntity<MeetingEntity>({
      partitionKey: safeKey(m.boardCode), rowKey: m.date, board: m.board, title: m.title, cancelled: m.cancelled, source: m.source, addedBy: m.addedBy, addedAt: m.addedAt,
    }, 'Replace');
  }

  async remove(boardCode: string, date: IsoDate): Promise<boolean> {
    return deleteIfExists(await this.tables.table(TABLES.meetings), safeKey(boardCode), date);
  }

  async list(): Promise<Meeting[]> {
    const table = await this.tables.table(TABLES.meetings);
    const found: Meeting[] = [];
    for await (const e of table.listEntities<MeetingEntity>()) found.push(toDomain(e));
    return found.sort(byDateThenBoard);
  }
}

/** Soonest first, then by board code: the order every reader of the calendar expects. */
export function byDateThenBoard(a: Meeting, b: Meeting): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.boardCode < b.boardCode ? -1 : a.boardCode > b.boardCode ? 1 : 0;
}

function toDomain(e: MeetingEntity): Meeting {
  return {
    boardCode: unsafeKey(e.partitionKey),
    board: e.board, date: e.rowKey, title: e.title ?? '', cancelled: Boolean(e.cancelled),
    source: e.source as Meeting['source'], addedBy: e.addedBy, addedAt: e.addedAt,
  };
}
