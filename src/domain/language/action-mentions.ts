import { IsoDate } from '../calendar-date';
import { findSelector } from '../chat/action-selector';
import { blank } from '../chat/chat-text';
import { findMeetingPhrase, heldMeetings, meetingsIn } from './meetings';
import { ActionMention, MeetingRef } from './types';
import { MONTH_PATTERN, monthNumber, wholeWords } from './words';

/** What the action recognisers need from the register. */
export interface MentionContext {
  today: IsoDate;
  knownBoardCodes: string[];
  meetings: MeetingRef[];
  references: string[];
}

interface Found extends ActionMention {
  index: number;
  end: number;
}

const MARKER = String.raw`(?:actions?|items?|no\.?|number|#)`;
/** "January #2", "Jan action 5", "April 3", "the January meeting's action 3", "November 2021 #4". */
const MONTH_ACTION = new RegExp(
  String.raw`\b(?:the\s+)?(${MONTH_PATTERN})(?:\s+(\d{4}))?(?:\s+(?:[a-z]{2,6}\s+)?(?:board|meeting))?(?:'s)?\s*(?:(${MARKER})\s*)?#?\s*(\d{1,3})\b`, 'gi');
/** Words before "May 13" that make it a date rather than action 13 of the May meeting. */
const DATE_WORD_BEFORE = /\b(?:by|before|until|till|after|since|on|from|to|due|between|and|of|in|early|late|mid|end)\s+(?:the\s+)?$/i;
const NOT_ACTION_AFTER = new RegExp(String.raw`^(?:(?:st|nd|rd|th)\b|[/.:]\d|\s+\d{4}\b|\s*(?:days?|weeks?|months?|years?|am|pm|%|mins?|minutes?|hours?|hrs?|working|business|people|officers)\b|\s+(?:of\s+)?(?:${MONTH_PATTERN})\b|\s*(?:-|–|to|and|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_PATTERN})\b)`, 'i');
/** A number in free text that can name an action: not part of a date, a time, a quantity or a word. */
const LOOSE_NUMBER = /(?<![\w/.:£$-]|\d[.,])#?\s?(\d{1,3})(?![\w/.:,]\d|[\w])/g;
const DEADLINE_OF = /\b(?:deadline|due\s+date|date)\s+(?:for|on|of)\s+$/i;
const DAY_RANGE_AFTER = new RegExp(String.raw`^\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_PATTERN})\b`, 'i');
const MONTH_JUST_BEFORE = new RegExp(String.raw`\b(?:the\s+)?(${MONTH_PATTERN})(?:\s+(\d{4}))?\s+$`, 'i');
const MARKER_BEFORE = /\b(?:actions?|items?|no\.?|number)\s*$/i;
/**
 * What may follow a bare number that names an action: the end, punctuation, a verb or a status ("5 complete",
 * "11: red", "12 is blocked", "9 on trak"). Anything else is a quantity ("sent the 2 reports", "3 copies went",
 * "6 partners"): a count, never an action, unless the number was marked ("action 2", "#2").
 */
const ACTION_AFTER = /^\s*(?:$|[:;,.!?)&\-–—✅🔴🟢🟠🟡]|(?:as|be|been|is|was|are|has|have|had|now|still|and|&|or|status|update|complete|completed|done|finished|closed|on|off|ontrack|amber|red|green|at|slipping|slipped|slipped|delayed|blocked|stuck|behind|progress|progressing|under|underway|sent|delivered|shared|submitted|will|should|needs?|can|cannot|can't|not|isn't|wasn't|nearly|almost|reopen|undo|ok|fine|good|rag|r|a|g|from|of|in|all|both|each|also|too|running|going|being|getting|looking|remains?|stays?|due|overdue|late|outstanding|pending|awaiting|waiting|expected|expect|agreed|ready|ongoing|paused|cancelled|superseded|withdrawn|proposed|progressed|moved|moving|slips?|requires?|just|finally|already|yet|currently|then|but|please|pls|too|to|by|for|with|there|here|back|again|etc)\b)/iu;
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_PATTERN})\s+$`, 'i');

function mentionFor(text: string, index: number, end: number, number: number, meetings: MeetingRef[], extra: Partial<ActionMention> = {}): Found {
  return { text: text.slice(index, end).trim(), number, meetings, index, end, ...extra };
}

/** The boards' own references ("42/20"); a known board code just before one names its board ("UEC C/24/64"). */
function references(text: string, refs: string[], codes: string[], found: Found[]): string {
  const pattern = wholeWords(refs);
  let rest = text;
  for (const m of pattern ? text.matchAll(pattern) : []) {
    const reference = refs.find((r) => r.toLowerCase() === m[0].toLowerCase().replace(/\s+/g, ' ')) ?? m[0];
    const before = /\b([A-Za-z][A-Za-z0-9]*)\s*#?\s*$/.exec(text.slice(0, m.index));
    const code = before ? codes.find((c) => c.toLowerCase() === before[1]!.toLowerCase()) : undefined;
    const index = code ? before!.index : m.index;
    found.push({ text: text.slice(index, m.index + m[0].length), reference, meetings: [], ...(code ? { boardCode: code } : {}), index, end: m.index + m[0].length });
    rest = blank(rest, index, m.index + m[0].length);
  }
  return rest;
}

/** "OB 21-Apr-2022 #5", "OB #7": references with a board code, read by the chat selector. */
function coded(text: string, c: MentionContext, found: Found[]): string {
  let rest = text;
  for (let s = findSelector(rest, c.knownBoardCodes, false); s && 'selector' in s && s.selector.boardCode; s = findSelector(rest, c.knownBoardCodes, false)) {
    const { boardCode, meetingDate, number, ref } = s.selector;
    if (ref) {
      // "HPCP 02-Oct-2025 #42/20": a board's own reference, in the meeting the words name.
      const meetings = c.meetings.filter((m) => m.boardCode === boardCode && m.meetingDate === meetingDate);
      found.push({ text: rest.slice(s.index, s.end).trim(), reference: ref, boardCode, ...(meetingDate ? { meetingDate } : {}), meetings, index: s.index, end: s.end });
      rest = blank(rest, s.index, s.end);
      continue;
    }
    // "June FB #3": a month just before the code names the meeting.
    const month = meetingDate ? null : MONTH_JUST_BEFORE.exec(rest.slice(0, s.index));
    const start = month ? month.index : s.index;
    // A full reference names its meeting even if it is still to come; "OB #7" means a meeting held so far.
    const meetings = (meetingDate ? c.meetings : month ? meetingsIn(c.meetings, c.today, monthNumber(month[1]!), month[2] ? Number(month[2]) : undefined) : heldMeetings(c.meetings, c.today))
      .filter((m) => m.boardCode === boardCode && (!meetingDate || m.meetingDate === meetingDate));
    const words = month ? { meetingWords: month[0].trim() } : {};
    found.push(mentionFor(rest, start, s.end, number, meetings, { boardCode, ...(meetingDate ? { meetingDate } : {}), ...words }));
    rest = blank(rest, start, s.end);
  }
  return rest;
}

function monthActions(text: string, c: MentionContext, found: Found[]): string {
  let rest = text;
  for (const m of text.matchAll(MONTH_ACTION)) {
    const end = m.index + m[0].length;
    const month = monthNumber(m[1]!);
    const meetings = meetingsIn(c.meetings, c.today, month, m[2] ? Number(m[2]) : undefined);
    const marked = m[3] !== undefined || /#/.test(m[0]);
    if (!marked && (DATE_WORD_BEFORE.test(text.slice(0, m.index)) || NOT_ACTION_AFTER.test(text.slice(end)))) continue;
    found.push(mentionFor(text, m.index, end, Number(m[4]), meetings, { meetingWords: m[0].replace(/\s*(?:#|actions?|items?|no\.?|number)?\s*#?\s*\d{1,3}$/i, '').trim() }));
    rest = blank(rest, m.index, end);
  }
  return rest;
}

/** `text` has the mentions already read blanked out; `original` is what was typed, for what surrounds a number. */
function looseNumbers(text: string, original: string, c: MentionContext, found: Found[]): void {
  for (const m of text.matchAll(LOOSE_NUMBER)) {
    const end = m.index + m[0].length;
    // "action 5", "item no. 5": the words naming it are part of the mention as typed.
    const marker = MARKER_BEFORE.exec(text.slice(0, m.index));
    // "6 to 31 August" is a range of days, unless the 6 was named as an action ("the deadline for 6 to 31 August").
    const named = !!marker || DEADLINE_OF.test(text.slice(0, m.index));
    const after = original.slice(end);
    if ((NOT_ACTION_AFTER.test(after) && !(named && DAY_RANGE_AFTER.test(after))) || MONTH_BEFORE.test(original.slice(0, m.index))) continue;
    // A number that opens the message names an action ("16 the letter went out"); elsewhere it must be marked or followed so.
    if (!named && !m[0].startsWith('#') && original.slice(0, m.index).trim() !== '' && !ACTION_AFTER.test(after)) continue;
    const start = marker ? marker.index : m.index + (m[0].startsWith('#') ? 0 : m[0].indexOf(m[1]!));
    found.push(mentionFor(text, start, end, Number(m[1]), heldMeetings(c.meetings, c.today)));
  }
}

/**
 * Every action a message names, in order: the boards' own references, coded references, a month with
 * a number ("January #2", "Nov 2"), then numbers ("action 5", "#5", "5 complete", "on 11"). A meeting
 * named in words ("from the January meeting", "last meeting's 5") gives the candidates of the numbers
 * that name none; otherwise every meeting held so far is a candidate, latest first.
 */
export function findActionMentions(text: string, c: MentionContext): ActionMention[] {
  const found: Found[] = [];
  // A coded reference first, so "HPCP 02-Oct-2025 #42/20" keeps its meeting; then the boards' own references.
  let rest = coded(text, c, found);
  rest = references(rest, c.references, c.knownBoardCodes, found);
  rest = monthActions(rest, c, found);
  const phrase = findMeetingPhrase(rest, c.meetings, c.today);
  const numbersOnly = phrase ? blank(rest, phrase.index, phrase.end) : rest;
  const loose: Found[] = [];
  // "no.6": the abbreviation's dot is not a decimal point (same length, so positions hold).
  looseNumbers(numbersOnly.replace(/\bno\.(?=\d)/gi, 'no '), text, c, loose);
  if (phrase) for (const f of loose) Object.assign(f, { meetings: phrase.meetings, meetingWords: phrase.words });
  return [...found, ...loose].sort((a, b) => a.index - b.index).map(({ index: _i, end: _e, ...mention }) => mention);
}

/** A meeting named on its own ("everything from the April meeting"), when the message names no action. */
export function findMeetingAlone(text: string, c: MentionContext): { words: string; meetings: MeetingRef[] } | null {
  const phrase = findMeetingPhrase(text, c.meetings, c.today);
  return phrase ? { words: phrase.words, meetings: phrase.meetings } : null;
}
