import { IsoDate } from '../domain/calendar-date';
import { findDates } from './date-text';
import type { DocumentReading } from './draft';

/** "Date of next meeting: 13 June 2024", "Next meeting: Thursday 13 June 2024", "The next meeting will be held on …". */
export const NEXT_MEETING = /\b(?:date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\b/i;

/**
 * "Next board: 24 July 2024", "Date of next Board: …", "Next committee meeting - …": a label at the line's start
 * naming the board's (committee's, panel's) next sitting. Only as a label, so "report to the next Board." says no date.
 */
const NEXT_SITTING = /^\W*(?:\d+(?:\.\d+)*[.)]?\s+|[\w/]+\s+)?(?:date\s+of\s+(?:the\s+)?)?next\s+(?:board|committee|panel|council|trustees'?|governors'?)(?:\s+meeting)?\s*(?::|-\s|\t)/i;

/** A weekday before a date on the line under a "Date of next meeting" heading ("Tuesday 1st April 2025"). */
const WEEKDAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?/i;

/**
 * The date of the next meeting, when the document gives one; never the meeting the document records.
 * The date is on the same line ("Date of next meeting: 13 June 2024", "Next board: 24 July 2024") or, under a heading that says no more
 * ("5. Date of next meeting"), at the start of the next line with words ("22 April 2025", "Tuesday 1st April 2025 at 7pm").
 */
export function findNextMeeting(lines: string[]): IsoDate | undefined {
  for (const [i, line] of lines.entries()) {
    const m = NEXT_MEETING.exec(line) ?? NEXT_SITTING.exec(line);
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

/**
 * Gives each action the next meeting after its own that the document knows: every meeting its rows, sheets
 * or heading name, its "Date of next meeting", and `found` (next-meeting dates seen elsewhere, such as a cell
 * on another sheet). A row of meeting M gets the first of those after M, so in a workbook of several meetings
 * "next meeting" on the September sheet is the November meeting, not the document's. An action of another
 * board than the document's is left alone. Rule: docs/product-rules.md, "a meeting Chaser knows".
 * Mutates `reading.drafts` (a draft that already has its next meeting keeps it); returns the reading.
 */
export function settleNextMeetings(reading: DocumentReading, found: IsoDate[] = []): DocumentReading {
  const own = (board: string | undefined): boolean => !board || !reading.board || board === reading.board;
  const dates = [reading.meetingDate, reading.nextMeetingDate, ...found, ...reading.drafts.filter((d) => own(d.board)).map((d) => d.meetingDate)]
    .filter((d): d is IsoDate => Boolean(d));
  const sorted = [...new Set(dates)].sort();
  for (const draft of reading.drafts) {
    const meeting = draft.meetingDate ?? reading.meetingDate;
    if (!meeting || !own(draft.board)) continue;
    const next = sorted.find((d) => d > meeting);
    if (next && !draft.nextMeetingDate) draft.nextMeetingDate = next;
  }
  return reading;
}
