import { IsoDate, addDays, addMonths, isoDate, isRealDate, lastDayOfMonth, mondayOf, parts } from '../calendar-date';
import { findDates } from './chat-dates';
import { blank } from './chat-text';

/** The inclusive due-date window a question names. */
export interface DueRange {
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
}

interface Span {
  index: number;
  end: number;
  from: IsoDate;
  to: IsoDate;
  /** Already a range ("between 1 and 15 June"): the words before it do not change it. */
  closed: boolean;
}

const COUNT = '(\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty)';
const COUNT_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, thirty: 30,
};

function monthSpan(date: IsoDate): [IsoDate, IsoDate] {
  const { y, m } = parts(date);
  return [isoDate(y, m, 1), lastDayOfMonth(y, m)];
}

/** Periods chrono reads as a single instant, defined here as the board means them (weeks run Monday–Sunday). */
const RELATIVE: [RegExp, (today: IsoDate, m: RegExpExecArray) => [IsoDate, IsoDate]][] = [
  [/\b(?:this|the current) week\b/, (t) => [mondayOf(t), addDays(mondayOf(t), 6)]],
  [/\bnext week\b/, (t) => [addDays(mondayOf(t), 7), addDays(mondayOf(t), 13)]],
  [/\blast week\b/, (t) => [addDays(mondayOf(t), -7), addDays(mondayOf(t), -1)]],
  [/\b(?:this|the current) month\b/, (t) => monthSpan(t)],
  [/\bnext month\b/, (t) => monthSpan(addMonths(t, 1))],
  [/\btoday\b/, (t) => [t, t]],
  [/\btomorrow\b/, (t) => [addDays(t, 1), addDays(t, 1)]],
  [/\b(?:(?:in|within|over) )?(?:the )?(?:next|coming) fortnight\b|\bwithin a fortnight\b/, (t) => [t, addDays(t, 14)]],
  [new RegExp(`\\b(?:(?:(?:in|within|over) )?(?:the )?(?:next|coming)|within|in) ${COUNT} (days?|weeks?)\\b`), (t, m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : COUNT_WORDS[m[1]!]!;
    return [t, addDays(t, m[2]!.startsWith('week') ? n * 7 : n)];
  }],
];

/** "between 1 and 15 June", "from 1st to 15th June", "1-15 June": the first day borrows the second's month. */
const DAY_RANGE = /\b(?:between |from )?(\d{1,2})(?:st|nd|rd|th)? ?(?:and|&|to|until|till|-|–) ?(\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]+(?: \d{4})?)/;

/** Chrono misreads "from 1 to 15 June", so day ranges are read before it sees the text. */
function dayRange(text: string, today: IsoDate): Span | null {
  const m = DAY_RANGE.exec(text);
  const last = m ? findDates(m[2]!, today)[0] : undefined;
  if (!m || !last || last.month || last.index !== 0) return null;
  const { y, m: month } = parts(last.date);
  if (!isRealDate(y, month, Number(m[1]))) return null;
  return { index: m.index, end: m.index + m[0].length, from: isoDate(y, month, Number(m[1])), to: last.date, closed: true };
}

function spansIn(lower: string, today: IsoDate): Span[] {
  const spans: Span[] = [];
  let rest = lower;
  const take = (span: Span): void => {
    spans.push(span);
    rest = blank(rest, span.index, span.end);
  };
  for (const [pattern, read] of RELATIVE) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const [from, to] = read(today, m);
    take({ index: m.index, end: m.index + m[0].length, from, to, closed: false });
  }
  const days = dayRange(rest, today);
  if (days) take(days);
  for (const f of findDates(rest, today)) {
    const [from, to] = f.month ? monthSpan(f.date) : [f.date, f.until ?? f.date];
    spans.push({ index: f.index, end: f.end, from, to, closed: f.until !== undefined });
  }
  return spans.sort((a, b) => a.index - b.index);
}

/** What the words just before a period do to it: "before" ends the day before, "by" includes it, … */
function applyPreposition(before: string, s: Span): DueRange {
  if (/\b(?:before|prior to|earlier than) (?:the )?$/.test(before)) return { dueTo: addDays(s.from, -1) };
  if (/\b(?:by|until|till|til|up to|no later than|not later than|on or before) (?:the )?$/.test(before)) return { dueTo: s.to };
  if (/\b(?:after|later than) (?:the )?$/.test(before)) return { dueFrom: addDays(s.to, 1) };
  if (/\b(?:from|since|on or after|starting|starting from|beginning) (?:the )?$/.test(before)) return { dueFrom: s.from };
  return { dueFrom: s.from, dueTo: s.to };
}

/** The due-date window in a question, or null when it names no period. */
export function readDueRange(text: string, today: IsoDate): DueRange | null {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const spans = spansIn(lower, today);
  const [first, second] = spans;
  if (!first) return null;
  if (second && /^ ?(?:and|&|to|until|till|through|-|–) ?$/.test(lower.slice(first.end, second.index))) {
    // Two dates with no year, "between 1 May and 15 May": forward-dating may have put the first in next year.
    const from = first.from > second.to ? addMonths(first.from, -12) : first.from;
    return { dueFrom: from, dueTo: second.to };
  }
  if (first.closed) return { dueFrom: first.from, dueTo: first.to };
  return applyPreposition(lower.slice(0, first.index), first);
}
