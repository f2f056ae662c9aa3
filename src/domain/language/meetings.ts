import { IsoDate, parts } from '../calendar-date';
import { MeetingRef } from './types';
import { MONTH_PATTERN, monthNumber } from './words';

/** Meeting words found in a message and the meetings they can mean, most likely first. */
export interface MeetingPhrase {
  words: string;
  index: number;
  end: number;
  meetings: MeetingRef[];
  /** False for "from November", "agreed in January" (a month with no meeting word), which only counts beside an action. */
  strong: boolean;
}

/** "meeting", "board meeting", "FB meeting": a short word (a board code) may come before the noun. */
const NOUN = String.raw`(?:[a-z]{2,6}\s+)?(?:meeting|board|minutes|letter|session)`;
const LATEST = new RegExp(String.raw`\b(?:the\s+)?(?:last|latest|most\s+recent|previous|recent)\s+${NOUN}(?:'s)?`, 'i');
const DAY_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_PATTERN})(?:\s+(\d{4}))?`;
const DATED = new RegExp(String.raw`\b(?:the\s+)?${DAY_MONTH}\s+${NOUN}(?:'s)?`, 'i');
const MONTHLY = new RegExp(String.raw`\b(?:the\s+)?(${MONTH_PATTERN})(?:\s+(\d{4}))?\s+(?:${NOUN}|(?:[a-z]{2,6}\s+)?actions?)(?:'s)?`, 'i');
const FROM_MONTH = new RegExp(String.raw`\b(?:from|(?:agreed|decided|raised|set)\s+(?:in|at))\s+(?:the\s+)?(${MONTH_PATTERN})(?:\s+(\d{4}))?\b(?!\s*\d)`, 'i');

/** Latest first, never a meeting after today: those have not happened, so nothing is reported on them. */
export function heldMeetings(meetings: MeetingRef[], today: IsoDate): MeetingRef[] {
  return meetings.filter((m) => m.meetingDate <= today).sort((a, b) => (a.meetingDate < b.meetingDate ? 1 : a.meetingDate > b.meetingDate ? -1 : 0));
}

/** The latest meeting of each board, not after today, latest first. */
export function latestMeetings(meetings: MeetingRef[], today: IsoDate): MeetingRef[] {
  const seen = new Set<string>();
  return heldMeetings(meetings, today).filter((m) => !seen.has(m.boardCode) && !!seen.add(m.boardCode));
}

/**
 * Meetings in month `month` (of `year` when written), latest first. Only meetings held by today: a
 * meeting still to come has no actions to report on, so "Dec 2" in October names no meeting rather
 * than December's. A meeting named by its full date ("the 5 December 2023 meeting") is the exception.
 */
export function meetingsIn(meetings: MeetingRef[], today: IsoDate, month: number, year?: number, day?: number): MeetingRef[] {
  const fits = (m: MeetingRef) => {
    const p = parts(m.meetingDate);
    return p.m === month && (year === undefined || p.y === year) && (day === undefined || p.d === day);
  };
  if (day !== undefined && year !== undefined) return meetings.filter(fits);
  return heldMeetings(meetings, today).filter(fits);
}

const num = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);

/** The first meeting named in words: "the last meeting", "the 21 April meeting", "the January meeting", "from November". */
export function findMeetingPhrase(text: string, meetings: MeetingRef[], today: IsoDate): MeetingPhrase | null {
  const at = (m: RegExpExecArray, found: MeetingRef[], strong = true): MeetingPhrase =>
    ({ words: m[0].trim(), index: m.index, end: m.index + m[0].length, meetings: found, strong });
  const latest = LATEST.exec(text);
  if (latest) return at(latest, latestMeetings(meetings, today));
  const dated = DATED.exec(text);
  if (dated) return at(dated, meetingsIn(meetings, today, monthNumber(dated[2]!), num(dated[3]), Number(dated[1])));
  const monthly = MONTHLY.exec(text);
  if (monthly) return at(monthly, meetingsIn(meetings, today, monthNumber(monthly[1]!), num(monthly[2])));
  const from = FROM_MONTH.exec(text);
  if (from) return at(from, meetingsIn(meetings, today, monthNumber(from[1]!), num(from[2])), false);
  return null;
}
