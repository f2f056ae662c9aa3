import { IsoDate } from '../domain/calendar-date';
import { ActionDraft } from './draft';
import { detectMeeting } from './detect-meeting';

/** How many non-empty lines above a table to look for its heading (as `detectMeeting` does). */
const NEAR = 6;

/**
 * Files each table's actions under the meeting its own heading names, when a document holds several tables
 * whose headings name different meetings ("Actions from the meeting of 12 March 2024" above one, "… of 13
 * February 2024" above the next): a Word tracker kept one table per meeting. A table with no such heading,
 * and a draft that already has its own meeting (a Meeting date cell, a section row), keep theirs. With one
 * table, or headings all of one meeting, the drafts are returned as they are (the document's meeting serves).
 * `headers` are the 0-based header lines of the tables in order; `tableLines` every line of every table;
 * `prose` the document's lines with table lines blanked. Drafts' places are 1-based lines.
 */
export function fileUnderTableMeetings(drafts: ActionDraft[], headers: number[], tableLines: Set<number>, prose: string[]): ActionDraft[] {
  const meetings = headers.map((h) => headingMeeting(prose, h, tableLines));
  if (new Set(meetings.filter((m) => m !== null)).size < 2) return drafts;
  return drafts.map((d) => {
    if (d.meetingDate || d.meetingMonth || d.place.line === undefined) return d;
    const line = d.place.line - 1;
    let table = -1;
    headers.forEach((h, i) => {
      if (h <= line) table = i;
    });
    const meeting = table >= 0 ? meetings[table] : null;
    return meeting ? { ...d, meetingDate: meeting } : d;
  });
}

/** The meeting named by the headings just above a table, back to the table before it. */
function headingMeeting(prose: string[], header: number, tableLines: Set<number>): IsoDate | null {
  const near: string[] = [];
  for (let i = header - 1; i >= 0 && !tableLines.has(i) && near.length < NEAR; i -= 1) {
    if (prose[i]!.trim()) near.unshift(prose[i]!);
  }
  return near.length ? detectMeeting(near, near.length).meetingDate : null;
}
