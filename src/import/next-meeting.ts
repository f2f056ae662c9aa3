import { IsoDate } from '../domain/calendar-date';
import { findDates } from './date-text';

/** "Date of next meeting: 13 June 2024", "Next meeting: Thursday 13 June 2024", "The next meeting will be held on …". */
export const NEXT_MEETING = /\b(?:date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\b/i;

/** The date of the next meeting, when the document gives one; never the meeting the document records. */
export function findNextMeeting(lines: string[]): IsoDate | undefined {
  for (const line of lines) {
    const m = NEXT_MEETING.exec(line);
    if (!m) continue;
    const date = findDates(line.slice(m.index + m[0].length)).find((d) => d.date)?.date;
    if (date) return date;
  }
  return undefined;
}
