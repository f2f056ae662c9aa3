import { IsoDate, isoDate, isRealDate } from '../domain/calendar-date';

/** A date written in text. `date` is null when it has the shape of a date but does not exist (31/06/2022). */
export interface DateMention {
  date: IsoDate | null;
  index: number;
  text: string;
  /** The month and year as written, for suggesting a real date (null for ISO with a bad month). */
  y: number;
  m: number;
  d: number;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORD = '\\s?(?:st|nd|rd|th)?';

/** Each pattern gives (day, month, year) groups in its own order. */
const PATTERNS: Array<{ re: RegExp; order: [number, number, number] }> = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/gi, order: [3, 2, 1] },
  { re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/gi, order: [1, 2, 3] },
  { re: new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+of)?[\\s-]+${MONTH}\\.?,?[\\s-]+(\\d{4})\\b`, 'gi'), order: [1, 2, 3] },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'gi'), order: [2, 1, 3] },
];

export function monthNumber(name: string): number {
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  return months.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function toNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : monthNumber(text);
}

/** Every full date (with a year) written in `text`, in order of appearance. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const d = toNumber(m[order[0]]!);
      const mo = toNumber(m[order[1]]!);
      let y = toNumber(m[order[2]]!);
      if (y < 100) y += 2000;
      if (found.some((f) => m!.index < f.index + f.text.length && f.index < m!.index + m![0].length)) continue;
      found.push({ date: isRealDate(y, mo, d) ? isoDate(y, mo, d) : null, index: m.index, text: m[0], y, m: mo, d });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

export type DateTextReading =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'invalid'; mention: DateMention }
  | { kind: 'not-date' };

/** Reads a cell that should hold nothing but a date ("13/05/2022", "Friday 13 May 2022", "2022-05-13"). */
export function parseDateText(text: string): DateTextReading {
  const trimmed = text.trim().replace(WEEKDAY, '').replace(/[.,;]$/, '');
  const dates = findDates(trimmed);
  const only = dates.length === 1 && dates[0]!.index === 0 && dates[0]!.text.length === trimmed.length ? dates[0]! : null;
  if (!only) return { kind: 'not-date' };
  return only.date ? { kind: 'date', date: only.date } : { kind: 'invalid', mention: only };
}
