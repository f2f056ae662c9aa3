import type { TimingReading } from '../action';
import type { BusinessCalendar } from '../business-days';
import { IsoDate, addDays, parts } from '../calendar-date';
import { Meeting, sittingMeetings } from '../meeting';
import { ExplainedTiming } from './combine-mentions';
import { MONTH, monthNumber, writtenYear } from './month-names';
import { isMeetingInitials } from './meeting-context';
import { isShortYearNear } from './month-and-number';
import { normaliseText } from './normalise-text';
import { yearForMonth } from './place-in-year';
import { explainTiming } from './read-timing';

/** The action a timing belongs to: the meeting it was agreed at, and its board. */
export interface TimingOrigin {
  meetingDate: IsoDate;
  boardCode: string;
}

/** What a timing that names a meeting asks of the calendar ("the June DMPC-AC Met Operations meeting"). */
export interface MeetingReference {
  /** The phrase as found, for the secretariat ("June DMPC-AC Met Operations meeting"). */
  phrase: string;
  /** The board's words in the phrase ("DMPC-AC Met Operations"); '' means the action's own board. */
  board: string;
  /** `next`: the first meeting after the action's; otherwise the month named ("2022-06"). */
  when: { next: true } | { next: false; month: string };
}

/** A timing read with the calendar: the meeting it resolved to, or the meeting the calendar lacks. */
export interface MeetingTiming extends ExplainedTiming {
  meeting: Meeting | null;
  /** Set when the timing names a meeting the calendar does not know: today's rules gave the reading. */
  unknownMeeting: MeetingReference | null;
}

/** Meeting nouns; a phrase ends at one ("meeting", "Board"). */
const NOUN = String.raw`(meetings?|boards?|committees?|panels?|forums?|sessions?)`;
/** Up to five words of the board's name between the month (or "next") and the noun. */
const WORDS = String.raw`((?:[a-z0-9&'’][a-z0-9&'’.\-]*\s+){0,5}?)`;
const NEXT = new RegExp(String.raw`\bnext\s+${WORDS}${NOUN}\b`, 'i');
/** A year after the month, as the timing readers take it there: "Feb 2025", "Feb 25", "Dec-23", "March '25", "Feb. 2025". */
const YEAR = String.raw`(?:\.?,?\s+|\.?\s*-\s*|\.?\s*'\s*)(\d{4}|\d{2})(?!\d)`;
const IN_MONTH = new RegExp(String.raw`${MONTH}\.?(?:${YEAR})?\s+${WORDS}${NOUN}\b`, 'i');
/** A month then a committee's initials: "April 2025 ARC", "Mar FPC" (the initials checked with their case). */
const MONTH_INITIALS = new RegExp(String.raw`${MONTH}\.?(?:${YEAR})?\s+([a-z&]+)\b`, 'gi');
/** Words that name no board: "the next board meeting", "the June Board", "the July Panel meeting". */
const GENERIC = new Set(['the', 'a', 'board', 'boards', 'meeting', 'full', 'main', 'formal', "board's", 'committee', 'panel', 'forum', 'session']);

/**
 * The meeting a timing names, if any: "by the next meeting", "July Board", "next DMPC-AC meeting", "Feb 25
 * Board", "Dec-23 Board", "April 2025 ARC". The month's year is read as the timing readers read it (a
 * two-digit number is a year near the meeting's, month-and-number.ts; otherwise the month's next
 * occurrence); `board` is '' when the phrase has only generic words ("Jan 2025 Panel": the action's own board).
 */
export function findMeetingReference(timing: string, meetingDate: IsoDate): MeetingReference | null {
  const text = normaliseText(timing);
  const next = NEXT.exec(text);
  if (next) return { phrase: next[0].trim(), board: boardWords(next[1]!), when: { next: true } };
  const inMonth = IN_MONTH.exec(text);
  const month = inMonth ?? [...text.matchAll(MONTH_INITIALS)].find((m) => isMeetingInitials(m[3]!));
  if (!month) return null;
  const board = inMonth ? boardWords(inMonth[3]!) : month[3]!;
  return { phrase: month[0].trim(), board, when: { next: false, month: monthOf(month[1]!, month[2], meetingDate) } };
}

/** "2025-02" for "Feb" and its written year, if any; a two-digit number far from the meeting's year is a day ("May 13 board"). */
function monthOf(name: string, year: string | undefined, meetingDate: IsoDate): string {
  const m = monthNumber(name);
  const isYear = year !== undefined && (year.length === 4 || isShortYearNear(Number(year), meetingDate));
  const y = isYear ? writtenYear(year) : yearForMonth(m, meetingDate);
  return `${y}-${String(m).padStart(2, '0')}`;
}

function boardWords(words: string): string {
  return words.trim().split(/\s+/).filter((w) => w && !GENERIC.has(w.toLowerCase())).join(' ');
}

const plain = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** True when the phrase's board words name this meeting's board (or its title); none means the action's own board. */
export function namesBoard(reference: MeetingReference, meeting: Meeting, origin: TimingOrigin): boolean {
  if (!reference.board) return meeting.boardCode === origin.boardCode;
  const words = ` ${plain(reference.board)} `;
  return [meeting.board, meeting.title].filter(Boolean).some((name) => ` ${plain(name)} `.includes(words) || words.includes(` ${plain(name)} `))
    || reference.board.toUpperCase() === meeting.boardCode;
}

/** The sitting meeting a reference points to, or null when the calendar does not know it. */
export function meetingFor(reference: MeetingReference, origin: TimingOrigin, meetings: Meeting[]): Meeting | null {
  const candidates = sittingMeetings(meetings).filter((m) => namesBoard(reference, m, origin));
  if (reference.when.next) return candidates.find((m) => m.date > origin.meetingDate) ?? null;
  const { month } = reference.when;
  return candidates.find((m) => m.date.slice(0, 7) === month) ?? null;
}

/** The due date for a meeting: its date less the paper deadline (calendar days), read `inferred`, flagged `meeting`. */
export function paperDeadlineReading(meeting: Meeting, paperDeadlineDays: number): TimingReading {
  return { due: addDays(meeting.date, -paperDeadlineDays), resolution: 'inferred', flags: ['meeting'], milestones: [], superseded: [] };
}

/**
 * Reads a timing with the calendar (PRODUCT.md "Reading timings": "a meeting Chaser knows from its
 * calendar"). A timing naming a meeting the calendar knows is due that meeting's date less
 * `paperDeadlineDays`; one naming a meeting it does not know is read by today's rules ("the June …
 * meeting" is 1 June; "next DMPC-AC meeting" needs a date) and `unknownMeeting` says which meeting to add.
 * Cancelled meetings are not known; "the next meeting" is then the one after. A written date in the timing
 * wins (read `exact` by the ordinary rules). Pure: the meetings are input.
 */
export function explainTimingWithMeetings(
  timing: string, origin: TimingOrigin, meetings: Meeting[], paperDeadlineDays: number, calendar: BusinessCalendar,
): MeetingTiming {
  const ordinary = explainTiming(timing, origin.meetingDate, calendar);
  const reference = findMeetingReference(timing, origin.meetingDate);
  // A written date wins over a meeting ("13 May, or the next meeting"; "the 16 June meeting").
  if (!reference || ordinary.invalidDate || ordinary.reading.resolution === 'exact') return { ...ordinary, meeting: null, unknownMeeting: null };
  const meeting = meetingFor(reference, origin, meetings);
  if (!meeting) return { ...ordinary, meeting: null, unknownMeeting: reference };
  return { reading: paperDeadlineReading(meeting, paperDeadlineDays), problem: null, invalidDate: false, meeting, unknownMeeting: null };
}

/** "the June DMPC-AC Met Operations meeting (June 2022)": how the secretariat is asked to add a meeting. */
export function describeReference(reference: MeetingReference): string {
  if (reference.when.next) return `"${reference.phrase}"`;
  const { y, m } = parts(`${reference.when.month}-01`);
  return `"${reference.phrase}" (${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y})`;
}
