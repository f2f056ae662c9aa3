import { IsoDate } from '../domain/calendar-date';
import { findDates } from './date-text';
import { headingMonth } from './heading-month';
import { NEXT_MEETING } from './next-meeting';
import { boardName, isBareTitle, isOrganisation } from './board-name';

/**
 * The date a list was compiled, printed or updated ("(compiled 4 July 2012)", "as at 30 June 2024"): the
 * date of the list, never of a meeting. Cut from a heading before its dates are read.
 */
const LIST_DATE = /\(?\b(?:compiled|as\s+at|as\s+of|(?:last\s+)?updated|printed|produced|prepared|revised|version(?:\s+dated)?|position\s+at|status\s+at)\b[^)]*\)?/gi;

export interface MeetingHeading {
  board: string | null;
  meetingDate: IsoDate | null;
  /** "2025-11" when no heading gives the meeting's day but one gives its month ("Audit Committee - November 2025"). */
  meetingMonth?: string;
}

/** How many non-empty lines above the actions to look for their heading. */
const NEAR = 6;
const MEETING_WORD = /\b(?:meeting|minutes|record|notes?|actions?|board|committee|panel|recommendations?\s+(?:monitoring|tracker|log)|schedule\s+of\s+actions)\b/i;
const BOARD_WORD = /\b(?:board\s+of\s+(?:directors|management)|board|committee|panel|trustees|governors|governing body|council|authority|cabinet|senate|court|(?<=\bthe\s+)directors)\b/gi;
/** "Meeting of the Directors", "Annual General Meeting of the Trustees": the words before the board's name. */
const MEETING_OF = /^(?:(?:annual|ordinary|extraordinary|special)\s+)?(?:general\s+)?meeting\s+of\s+(?:the\s+)?/i;
/** "Date of meeting: …", "Meeting date: …", "Held on 27 May 2025, Boardroom": a header line naming the meeting's own date. */
const MEETING_DATE_LINE = /^(?:(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*:|held\s+on\b)/i;
/** "Date: 14 March 2024" at the head of minutes; in a letter ("Dear …") it is the letter's date, not a meeting's. */
const DATE_LINE = /^date\s*:/i;
const PREFIX = /^(?:(?:to|from|re|subject|title|meeting|board|committee|panel|body|forum|meeting of)\s*:\s*)?(?:(?:the\s+)?(?:actions?|minutes|record|notes?|summary|action log|decisions?)(?:\s+arising)?\s+(?:from|of)\s+(?:the\s+)?(?:(?:annual\s+|ordinary\s+|extraordinary\s+)?meeting\s+of\s+(?:the\s+)?)?)?/i;
const KEEP_CAPS = new Set(['MOPAC', 'MPS', 'DMPC', 'GLA', 'NPCC', 'HMICFRS', 'DCDG', 'IOPC', 'LPEP', 'VRU', 'MPA']);
const SMALL = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to']);

/**
 * The board and meeting date of a document, from a heading such as "MOPAC MPS Oversight Board /
 * Actions from 21 April 2022 Meeting" or "Record of Meeting 31 August 2023". Headings just above
 * the actions come first, then headings from the top; dates in body prose are used only in the
 * form "meeting on 21 April 2022", so a letter's date or earlier minutes are never taken.
 */
export function detectMeeting(lines: string[], anchor: number | null): MeetingHeading {
  const candidates: Array<{ h: string; i: number }> = [];
  if (anchor !== null) {
    for (let i = anchor - 1, seen = 0; i >= 0 && seen < NEAR; i -= 1) {
      if (!lines[i]!.trim()) continue;
      seen += 1;
      const h = headingText(lines[i]!);
      if (h) candidates.push({ h, i });
    }
  }
  lines.forEach((line, i) => {
    const h = headingText(line);
    if (h) candidates.push({ h, i });
  });
  let board: string | null = null;
  // "Board Meeting" with no organisation above it: used only when no heading names the board more fully.
  let bare: string | null = null;
  let meetingDate: IsoDate | null = null;
  let meetingMonth: string | null = null;
  const letter = lines.some((l) => /^\s*dear\s/i.test(l));
  const namesItsDate = (h: string) => MEETING_DATE_LINE.test(h) || (!letter && DATE_LINE.test(h));
  for (const { h, i } of candidates) {
    // "180. SCRUTINY PANEL REPORT BACK" is a minute's title, not the board's name.
    const named = /^\d+\.\s/.test(h) || organisationOverBoard(lines, i, h) ? null : boardOf(h, lineAbove(lines, i));
    if (named && isBareTitle(named)) bare ??= named;
    else board ??= named;
    const dated = h.replace(LIST_DATE, ' ');
    const ofMeeting = (MEETING_WORD.test(dated) || namesItsDate(dated)) && !NEXT_MEETING.test(h);
    meetingDate ??= ofMeeting ? (findDates(dated).find((d) => d.date)?.date ?? null) : null;
    meetingMonth ??= ofMeeting || named ? headingMonth(dated) : null;
  }
  const date = meetingDate ?? meetingDateInProse(lines);
  return { board: board ?? bare, meetingDate: date, ...(!date && meetingMonth ? { meetingMonth } : {}) };
}

/** A line that reads as a heading: short, not a sentence, not a table row. */
function headingText(line: string): string | null {
  const t = line.replace(/^\s*#+\s*/, '').replace(/^\s*[-*•]\s+/, '').trim();
  if (!t || t.includes('\t') || t.length > 120 || t.split(/\s+/).length > 18) return null;
  // "Harbor Light Food Bank, Inc." ends with its company's abbreviation, not a sentence's full stop.
  if ((/[.,;]$/.test(t) && !/\b(?:inc|ltd|plc|co|corp|llc|cic)\.$/i.test(t)) || /^\d+(?:\.\d+)+\.?\s/.test(t)) return null;
  return t;
}

/** The heading on the nearest non-empty line above line `i` (the organisation's name over a board's title). */
function lineAbove(lines: string[], i: number): string | null {
  for (let j = i - 1; j >= 0; j -= 1) if (lines[j]!.trim()) return headingText(lines[j]!);
  return null;
}

/**
 * "Millbrook Town Council" over "Finance and General Purposes Committee": the organisation's line names the
 * body whose board is on the next line, not the board itself.
 */
function organisationOverBoard(lines: string[], i: number, heading: string): boolean {
  if (!isOrganisation(heading)) return false;
  const j = lines.findIndex((l, k) => k > i && l.trim() !== '');
  const below = j < 0 ? null : headingText(lines[j]!);
  return below !== null && boardOf(below, heading) !== null;
}

/** A proper name after a dash right after the board's title: "Local Governing Body - Hillcrest Primary". */
const QUALIFIER = /^\s*[-–—:]\s*([A-Z][\w'’&.-]*(?:\s+(?:of|and|the|&|[A-Z][\w'’&.-]*)){0,5})\s*$/;
/** What follows a title that is not a body's name: "- Action Log", "- Minutes", "- Part 1", "- Public". */
const NOT_QUALIFIER = /\b(?:actions?|log|tracker|minutes|meeting|notes|agenda|record|register|schedule|part|public|private|confidential|draft|summary|update|items?|sheet)\b|\d/i;

function boardOf(heading: string, above: string | null): string | null {
  let end = -1;
  for (const m of heading.matchAll(BOARD_WORD)) end = m.index! + m[0].length;
  if (end < 0) return null;
  let name = heading.slice(0, end);
  for (const d of findDates(name)) name = name.replace(d.text, ' ');
  name = name.replace(PREFIX, '').replace(MEETING_OF, '').replace(/^[^A-Za-z]+/, '').replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  if (words.length > 10 || !/^[A-Z]/.test(name) || /^the\s/i.test(name)) return null;
  // "LITTLE ASHCOMBE PARISH COUNCIL" above: the organisation as it is named, not shouted.
  const org = above && above === above.toUpperCase() && /[A-Z]{3}/.test(above) ? titleCase(above.split(/\s+/)) : above;
  const named = boardName(name === name.toUpperCase() ? titleCase(words) : name, org);
  // "Local Governing Body - Hillcrest Primary": the body's own qualifier, naming which of the organisation's bodies it is.
  const qualifier = QUALIFIER.exec(heading.slice(end))?.[1];
  return named && qualifier && !NOT_QUALIFIER.test(qualifier) ? `${named} - ${qualifier}` : named;
}

function titleCase(words: string[]): string {
  return words
    .map((w, i) => {
      if (KEEP_CAPS.has(w) || !/[AEIOU]/.test(w)) return w;
      const lower = w.toLowerCase();
      return i > 0 && SMALL.has(lower) ? lower : lower.replace(/^./, (c) => c.toUpperCase());
    })
    .join(' ');
}

/** "Minutes of the " opening a line (a title): what follows names this document's meeting. */
const TITLE_MINUTES = /^\s*(?:#+\s*)?(?:\*\*)?minutes\s+of\s+the\s+$/i;

/**
 * "... the Oversight Board meeting on 21 April 2022 ...", "Minutes of the Ordinary Meeting of the Parish Council
 * held on Tuesday 4th March 2025 at 7.00pm in the Village Hall" in body prose or a long title line.
 */
function meetingDateInProse(lines: string[]): IsoDate | null {
  const re = /\bmeeting\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s+){1,6}(?=held\b))?(?:held\s+)?(?:on|of|dated)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?/gi;
  for (const line of lines) {
    for (const m of line.matchAll(re)) {
      // "the next meeting on …", and "the minutes of the meeting of 11 January were approved" (the last one's).
      // A title line "Minutes of the meeting of the Fire Authority held on …" is the document's own meeting.
      const before = line.slice(0, m.index);
      const title = TITLE_MINUTES.test(before);
      if (/\bnext\s+$/i.test(before) || (!title && /\bminutes\s+of\s+the\s+(?:previous\s+|last\s+)?$/i.test(before))) continue;
      if (earlierMinutes(line.slice(0, m.index), line)) continue;
      const rest = line.slice(m.index! + m[0].length);
      const first = findDates(rest)[0];
      if (first && first.index === 0 && first.date) return first.date;
    }
  }
  return null;
}

/** "The minutes of the last Ordinary meeting …", "Minutes of the ordinary meeting … were approved": an earlier meeting's. */
function earlierMinutes(before: string, line: string): boolean {
  return /\b(?:previous|last|prior|preceding)\b/i.test(before) || (/\bminutes\b/i.test(before) && /\b(?:approved|confirmed|signed|accurate|correct)\b/i.test(line));
}
