import type { Action } from '../action';
import { IsoDate, longDate } from '../calendar-date';
import { RAG_COLOURS, RagLabel } from './rag-colours';

export interface DigestTableRow {
  number: number;
  text: string;
  /** The latest update's text; empty when none has been received. */
  update: string;
  rag: RagLabel;
}

/** The board paper's table, No. | Action | Update | RAG, for one meeting (and strand, when set). */
export interface DigestTableGroup {
  board: string;
  meetingDate: IsoDate;
  strand: string | null;
  /** "MOPAC MPS Oversight Board — 21 April 2022", plus " — Strand" when set. */
  heading: string;
  rows: DigestTableRow[];
}

function headingOf(board: string, meetingDate: IsoDate, strand: string | null): string {
  const meeting = `${board} — ${longDate(meetingDate)}`;
  return strand ? `${meeting} — ${strand}` : meeting;
}

/**
 * Groups by meeting (earliest meeting first, then board name), then by strand within a meeting.
 * Strands keep the paper's order: the strand whose lowest action number is lowest comes first
 * (actions with no strand form their own group, placed the same way). Rows are ordered by number.
 */
export function digestTable(actions: Action[]): DigestTableGroup[] {
  const groups = new Map<string, { group: DigestTableGroup; first: number }>();
  for (const a of actions) {
    const key = JSON.stringify([a.meetingDate, a.board, a.strand]);
    let entry = groups.get(key);
    if (!entry) {
      const group = { board: a.board, meetingDate: a.meetingDate, strand: a.strand, heading: headingOf(a.board, a.meetingDate, a.strand), rows: [] };
      entry = { group, first: a.number };
      groups.set(key, entry);
    }
    entry.first = Math.min(entry.first, a.number);
    entry.group.rows.push({ number: a.number, text: a.text, update: a.latest?.text ?? '', rag: RAG_COLOURS[a.status].label });
  }
  const ordered = [...groups.values()].sort((x, y) => {
    const gx = x.group;
    const gy = y.group;
    if (gx.meetingDate !== gy.meetingDate) return gx.meetingDate < gy.meetingDate ? -1 : 1;
    if (gx.board !== gy.board) return gx.board < gy.board ? -1 : 1;
    return x.first - y.first;
  });
  for (const { group } of ordered) group.rows.sort((x, y) => x.number - y.number);
  return ordered.map((e) => e.group);
}
