import * as chrono from 'chrono-node';
import { IsoDate, daysInMonth, isoDate, isRealDate, lastDayOfMonth, parts } from '../calendar-date';
import { blank } from './chat-text';

/** A date found in chat text; `month` when only a month was named ("in June"). */
export interface FoundDate {
  index: number;
  end: number;
  date: IsoDate;
  /** Set when chrono read a range itself ("1-15 June"). */
  until?: IsoDate;
  month: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "end of June", "end June", "mid-June": chrono reads "end June" as 1 June and has no "mid". */
const MONTH_POINT = new RegExp(`\\b(?:the\\s+)?(end|mid|middle)(?:\\s+of|-)?\\s*${MONTH_WORD}(?:\\s+(\\d{4}))?\\b`, 'gi');

/**
 * False only when chrono cannot read any date in the text, so it need not be asked (most questions name
 * none: "what is overdue?", "what is open for MOPAC"). Every English parser of chrono-node 2.10 needs one of:
 * a digit; a month or weekday word (their stems anywhere: "firstjune" counts); a casual day or time word
 * ("today", "tonight", "noon", "weekend"…); or a time unit after a number word, "a", "the", "of" or this/last/past/
 * next/after/+/- ("the second", "within a d", "lasts"). Wider than chrono, never narrower: the test
 * tests/unit/domain/chat-dates-gate.test.ts holds it to every phrasing of the language corpus.
 */
export function mayNameADate(text: string): boolean {
  return MAY_NAME_A_DATE.test(text);
}
const MAY_NAME_A_DATE = new RegExp([
  String.raw`\d`,
  'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun',
  'now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night|morning|afternoon|evening|midnight|midday|noon|weekend|weekday',
  String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of|this|last|past|next|after|[+-])\s*` +
    String.raw`(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)(?![a-z0-9_])`,
].join('|'), 'i');

/** Chrono's reference: noon UTC on `today`, so no time zone can move the reference to another day. */
function reference(today: IsoDate): { instant: Date; timezone: string } {
  return { instant: new Date(`${today}T12:00:00Z`), timezone: 'UTC' };
}

/** The next year in which month `m` (or its day `d`) is on or after today; a written year wins. */
function yearFor(today: IsoDate, m: number, d: number, written?: string): number {
  if (written) return Number(written);
  const t = parts(today);
  return isoDate(t.y, m, d) >= today ? t.y : t.y + 1;
}

function monthPoints(text: string, today: IsoDate): FoundDate[] {
  return [...text.matchAll(MONTH_POINT)].map((m) => {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    const end = m[1]!.toLowerCase() === 'end';
    const y = yearFor(today, month, end ? daysInMonth(parts(today).y, month) : 15, m[3]);
    const date = end ? lastDayOfMonth(y, month) : isoDate(y, month, 15);
    return { index: m.index, end: m.index + m[0].length, date, month: false };
  });
}

/** Every date in `text` with its position, day-first (en-GB), a missing year meaning the next one to come. */
export function findDates(text: string, today: IsoDate): FoundDate[] {
  const points = monthPoints(text, today);
  const rest = points.reduce((t, p) => blank(t, p.index, p.end), text);
  const found: FoundDate[] = [...points];
  for (const r of mayNameADate(rest) ? chrono.en.GB.parse(rest, reference(today), { forwardDate: true }) : []) {
    const s = r.start;
    const at = { index: r.index, end: r.index + r.text.length };
    const y = s.get('year'), m = s.get('month'), d = s.get('day');
    if (y === null || m === null || d === null) continue;
    if (s.isCertain('day') || s.isCertain('weekday')) {
      if (!isRealDate(y, m, d)) continue;
      const e = r.end;
      const until = e && e.isCertain('day') ? isoDate(e.get('year')!, e.get('month')!, e.get('day')!) : undefined;
      found.push({ ...at, date: isoDate(y, m, d), ...(until ? { until } : {}), month: false });
    } else if (s.isCertain('month')) {
      // Chrono puts "May" in next year once 1 May has passed; a month still running counts as this one.
      const year = s.isCertain('year') ? y : yearFor(today, m, daysInMonth(parts(today).y, m));
      found.push({ ...at, date: isoDate(year, m, 1), month: true });
    }
    // Anything else (a bare time, "now") is not a date people ask about.
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * One date at the start of `phrase` ("30 June because…", "end of June", "the 15/07/2022"), with
 * how much of the phrase it used; a month alone means its last day ("new deadline June").
 */
export function readDateAtStart(phrase: string, today: IsoDate): { date: IsoDate; end: number } | null {
  const first = findDates(phrase, today)[0];
  if (!first || !/^\s*(?:(?:the|on|to|by|of)\s+)?$/i.test(phrase.slice(0, first.index))) return null;
  if (!first.month) return { date: first.date, end: first.end };
  const { y, m } = parts(first.date);
  return { date: lastDayOfMonth(y, m), end: first.end };
}
