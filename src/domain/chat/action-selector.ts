import * as chrono from 'chrono-node';
import { IsoDate, isoDate } from '../calendar-date';
import { escapeRegExp } from './chat-text';
import { keptPattern } from '../kept-patterns';
import { ActionSelector } from './types';

/** Where a selector was found; `badDate` when a board code came with a meeting date that is not a date. */
export type SelectorMatch =
  | { selector: ActionSelector; index: number; end: number }
  | { badDate: string; number: number; index: number; end: number };

/** 21-Apr-2022, 21/04/2022, 21 April 2022, 21.04.22: the meeting date of a reference. */
const MEETING_DATE = String.raw`\d{1,2}(?:st|nd|rd|th)?[-/. ](?:\d{1,2}|[a-z]{3,9})[-/. ](?:\d{4}|\d{2})(?!\d)`;
/** A board's own reference after "#" ("#42/20", "#4.01", "#BCFU-07"): a token with a digit that is not a plain number. */
const BOARD_REF = String.raw`((?=[^\s#,;:]*\d)[^\s#,;:]+)`;
const NUMBER = String.raw`(\d{1,3})(?![\d/.:]?\d)`;
/** "action 5", "action no. 5", "item #5", "#5", "no. 5", "number 5". */
const ACTION = String.raw`(?:(?:actions?|item)\s*(?:no\.?|number|#)?|no\.|number|#)\s*${NUMBER}`;

/** A written meeting date, read day-first; it must name its year, as references always do. */
function meetingDate(text: string): IsoDate | null {
  const [r] = chrono.en.GB.parse(text, { instant: new Date('2000-01-01T12:00:00Z'), timezone: 'UTC' });
  if (!r || r.index !== 0 || r.text.length !== text.length || !r.start.isCertain('year')) return null;
  return isoDate(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
}

/**
 * With no board codes known there are no references to read, only "action 5" and "#5". Built once per
 * list of codes and kept (kept-patterns.ts).
 */
function patterns(codes: string[], anchored: boolean): { ref: RegExp | null; boardRef: RegExp | null; coded: RegExp | null; plain: RegExp } {
  const start = anchored ? '^' : String.raw`(?<![\w#])`;
  const key = `selector ${anchored} ${JSON.stringify(codes)}`;
  const code = codes.length ? `(${codes.map(escapeRegExp).join('|')})` : null;
  return {
    ref: keptPattern(`${key} ref`, () => (code ? new RegExp(`${start}${code}\\s+(${MEETING_DATE})\\s*(?:#|no\\.?|action|number|item)?\\s*${NUMBER}`, 'i') : null)),
    boardRef: keptPattern(`${key} board ref`, () => (code ? new RegExp(`${start}${code}\\s+(${MEETING_DATE})\\s*#\\s*${BOARD_REF}`, 'i') : null)),
    coded: keptPattern(`${key} coded`, () => (code ? new RegExp(`${start}${code}\\s*(?:#|no\\.\\s*|action\\s+)${NUMBER}`, 'i') : null)),
    plain: keptPattern(`${key} plain`, () => new RegExp(`${start}${ACTION}`, 'i'))!,
  };
}

function spelled(codes: string[], typed: string): string {
  return codes.find((c) => c.toLowerCase() === typed.toLowerCase()) ?? typed;
}

/**
 * The first action selector in `text` ("OB 21-Apr-2022 #5", "HPCP 02-Oct-2025 #42/20", "OB #5", "action 5", "#5").
 * `anchored` requires it at the very start and also accepts a bare number ("5 complete"),
 * which in free text would be any number at all.
 */
export function findSelector(text: string, knownBoardCodes: string[], anchored: boolean): SelectorMatch | null {
  const { ref, boardRef, coded, plain } = patterns(knownBoardCodes, anchored);
  const at = (m: RegExpExecArray) => ({ index: m.index, end: m.index + m[0].length });
  // "HPCP 02-Oct-2025 #42/20": the board's own reference in that meeting, looked up as written.
  const b = boardRef?.exec(text);
  const written = b ? b[3]!.replace(/[.?!]+$/, '').replace(/^([^(]*)\)$/, '$1') : '';
  if (b && written && !/^\d{1,3}$/.test(written)) {
    const date = meetingDate(b[2]!);
    if (date) return { selector: { number: 0, ref: written, boardCode: spelled(knownBoardCodes, b[1]!), meetingDate: date }, ...at(b) };
  }
  const r = ref?.exec(text);
  if (r) {
    const number = Number(r[3]);
    const date = meetingDate(r[2]!);
    if (!date) return { badDate: r[2]!, number, ...at(r) };
    return { selector: { number, boardCode: spelled(knownBoardCodes, r[1]!), meetingDate: date }, ...at(r) };
  }
  const c = coded?.exec(text);
  if (c) return { selector: { number: Number(c[2]), boardCode: spelled(knownBoardCodes, c[1]!) }, ...at(c) };
  const p = plain.exec(text);
  if (p) return { selector: { number: Number(p[1]) }, ...at(p) };
  const bare = anchored ? /^(\d{1,3})(?=\s|[:,\-–—]|$)/.exec(text) : null;
  return bare ? { selector: { number: Number(bare[1]) }, ...at(bare) } : null;
}
