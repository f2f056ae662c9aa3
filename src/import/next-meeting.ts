import { IsoDate } from '../domain/calendar-date';
import { findDates } from './date-text';

/** "Date of next meeting: 13 June 2024", "Next meeting: Thursday 13 June 2024", "The next meeting will be held on …". */
export const NEXT_MEETING = /\b(?:date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\b/i;

/** A weekday before a date on the line under a "Date of next meeting" heading ("Tuesday 1st April 2025"). */
const WEEKDAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?/i;

/**
 * The date of the next meeting, when the document gives one; never the meeting the document records.
 * The date is on the same line ("Date of next meeting: 13 June 2024") or, under a heading that says no more
 * ("5. Date of next meeting"), at the start of the next line with words ("22 April 2025", "Tuesday 1st April 2025 at 7pm").
 */
export function findNextMeeting(lines: string[]): IsoDate | undefined {
  for (const [i, line] of lines.entries()) {
    const m = NEXT_MEETING.exec(line);
    if (!m) continue;
    const after = line.slice(m.index + m[0].length);
    const date = findDates(after).find((d) => d.date)?.date ?? (/^[\s:.-]*$/.test(after) ? dateBelow(lines, i) : undefined);
    if (date) return date;
  }
  return undefined;
}

function dateBelow(lines: string[], i: number): IsoDate | undefined {
  const next = lines.slice(i + 1).find((l) => l.trim());
  const text = next?.replace(/\t/g, ' ').trim().replace(WEEKDAY, '') ?? '';
  const first = findDates(text)[0];
  return first && first.index === 0 ? (first.date ?? undefined) : undefined;
}
