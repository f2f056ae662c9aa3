import { boardCode } from '../../domain/action';
import type { IsoDate } from '../../domain/calendar-date';
import type { Meeting } from '../../domain/meeting';

/**
 * The meetings a document tells of: the meeting it records (its own date) and, when it says so, the next
 * one ("Date of next meeting: 16 June 2022"), both of the document's board. Source `import`.
 */
export function meetingsInDocument(
  found: { board: string | null; meetingDate: IsoDate | null; nextMeetingDate?: IsoDate }, actorId: string, at: Date,
): Meeting[] {
  const board = found.board?.trim();
  if (!board) return [];
  const dates = [found.meetingDate, found.nextMeetingDate].filter((d): d is IsoDate => Boolean(d));
  return [...new Set(dates)].map((date) => ({
    boardCode: boardCode(board), board, date, title: '', cancelled: false, source: 'import', addedBy: actorId, addedAt: at.toISOString(),
  }));
}

/** The calendar as it will be once these are recorded: the stored meetings, then the new ones (never replacing). */
export function withFound(stored: Meeting[], found: Meeting[]): Meeting[] {
  const known = new Set(stored.map((m) => `${m.boardCode}|${m.date}`));
  return [...stored, ...found.filter((m) => !known.has(`${m.boardCode}|${m.date}`))];
}
