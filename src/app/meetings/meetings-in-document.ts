import { boardCode } from '../../domain/action';
import type { IsoDate } from '../../domain/calendar-date';
import type { Meeting } from '../../domain/meeting';

/**
 * The meetings a document tells of: the meeting it records (its own date) and, when it says so, the next
 * one ("Date of next meeting: 16 June 2022"), both of the document's board; and in a cumulative tracker each
 * row's own meeting and the next meeting the document gives for it (a Meeting date column, a section row, a
 * sheet per meeting), each of the row's board. Source `import`; one per board and date.
 */
export function meetingsInDocument(
  found: { board: string | null; meetingDate: IsoDate | null; nextMeetingDate?: IsoDate }, actorId: string, at: Date,
  rows: ReadonlyArray<{ board?: string; meetingDate?: IsoDate; nextMeetingDate?: IsoDate }> = [],
): Meeting[] {
  const named = [
    ...[found.meetingDate, found.nextMeetingDate].map((date) => ({ board: found.board?.trim(), date })),
    ...rows.flatMap((r) => [r.meetingDate, r.nextMeetingDate].map((date) => ({ board: (r.board ?? found.board)?.trim(), date }))),
  ];
  const meetings = new Map<string, Meeting>();
  for (const { board, date } of named) {
    if (!board || !date || meetings.has(`${boardCode(board)}|${date}`)) continue;
    meetings.set(`${boardCode(board)}|${date}`, { boardCode: boardCode(board), board, date, title: '', cancelled: false, source: 'import', addedBy: actorId, addedAt: at.toISOString() });
  }
  return [...meetings.values()];
}

/** The calendar as it will be once these are recorded: the stored meetings, then the new ones (never replacing). */
export function withFound(stored: Meeting[], found: Meeting[]): Meeting[] {
  const known = new Set(stored.map((m) => `${m.boardCode}|${m.date}`));
  return [...stored, ...found.filter((m) => !known.has(`${m.boardCode}|${m.date}`))];
}
