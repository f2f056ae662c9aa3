import { IsoDate, isRealDate, isoDate } from '../domain/calendar-date';
import { findDates, monthNumber } from './date-text';

/** What a worksheet's tab name says about the actions on it. */
export interface SheetName {
  /** A full date ("12.03.2024", "Board 14 Feb 2024", "12-Mar-24"): the sheet's meeting. */
  meetingDate?: IsoDate;
  /** A month and year only ("May 2024", "Jan-24", "2024-05"): "YYYY-MM", the day unknown. */
  month?: string;
  /** A month without a year ("Sept meeting"): 1–12, the year to be taken from the sheets beside it. */
  monthAlone?: number;
  /** With `monthAlone`, the day the tab gives too ("Cabinet 8 Oct"): the meeting once the year is known. */
  dayAlone?: number;
  /** "Closed", "Completed actions", "Archive", "Done": a sheet of finished actions. */
  closed: boolean;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "12-Mar-24", "12 Mar 24": Excel's d-mmm-yy. */
const SHORT_YEAR_DATE = new RegExp(`\\b(\\d{1,2})[-\\s]${MONTH}\\.?[-\\s](\\d{2})\\b(?![-/.]?\\d)`, 'i');
/** "May 2024", "Jan-24", "Jan '24", "March 2024 meeting": a month and its year (two digits are 20yy). */
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\.?[-\\s/'’]*(\\d{4}|\\d{2})\\b(?![-/.]?\\d)`, 'i');
/** "2024-05", "05.2024", "05-2024": a month and year in figures. */
const NUMERIC_MONTH = /^(?:(\d{4})[-.](\d{1,2})|(\d{1,2})[-.](\d{4}))$/;
const MONTH_ALONE = new RegExp(`\\b${MONTH}\\b`, 'i');
const CLOSED = /(?<!\b(?:not|partially|partly) )\b(?:closed|completed?|archived?|done|finished|implemented)\b/i;
/** "Cabinet 8 Oct", "8th October": a day and month with no year. */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[-\\s.]*${MONTH}\\b`, 'i');

/**
 * Reads a worksheet's tab name: a full date, a month and year, a day and month ("Cabinet 8 Oct"), a month
 * alone, or nothing; and whether it
 * holds closed actions. Never throws; a name that says nothing gives `{ closed: false }`. A date that does
 * not exist ("31.02.2024") gives nothing.
 */
export function readSheetName(name: string): SheetName {
  const closed = CLOSED.test(name);
  const full = findDates(name).find((d) => d.date)?.date ?? shortYearDate(name);
  if (full) return { meetingDate: full, closed };
  const my = MONTH_YEAR.exec(name);
  if (my) return { month: yearMonth(Number(my[2]!.length === 2 ? `20${my[2]}` : my[2]), monthNumber(my[1]!)), closed };
  const numeric = NUMERIC_MONTH.exec(name.trim());
  if (numeric) {
    const [y, m] = numeric[1] ? [Number(numeric[1]), Number(numeric[2])] : [Number(numeric[4]), Number(numeric[3])];
    if (m >= 1 && m <= 12) return { month: yearMonth(y, m), closed };
  }
  const dayMonth = DAY_MONTH.exec(name);
  if (dayMonth && Number(dayMonth[1]) >= 1 && Number(dayMonth[1]) <= 31) {
    return { monthAlone: monthNumber(dayMonth[2]!), dayAlone: Number(dayMonth[1]), closed };
  }
  const alone = MONTH_ALONE.exec(name);
  return alone ? { monthAlone: monthNumber(alone[1]!), closed } : { closed };
}

/** The meeting of a tab naming a day and month ("Cabinet 8 Oct") once its year ("YYYY-MM") is known; undefined if no such day. */
export function dayInMonth(day: number, month: string): IsoDate | undefined {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return isRealDate(y, m, day) ? isoDate(y, m, day) : undefined;
}

/**
 * The year of a month named without one, from a meeting nearby ("YYYY-MM-DD" or "YYYY-MM"): the year that
 * puts the month nearest it (September beside October 2023 is 2023-09; January beside it is 2024-01).
 */
export function monthNear(month: number, near: string): string {
  const year = Number(near.slice(0, 4));
  const at = year * 12 + Number(near.slice(5, 7)) - 1;
  const years = [year - 1, year, year + 1];
  const distance = (y: number): number => Math.abs(y * 12 + month - 1 - at);
  const best = years.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return yearMonth(best, month);
}

function shortYearDate(name: string): IsoDate | undefined {
  const m = SHORT_YEAR_DATE.exec(name);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), monthNumber(m[2]!), 2000 + Number(m[3])];
  return isRealDate(y, mo, d) ? isoDate(y, mo, d) : undefined;
}

function yearMonth(year: number, month: number): string {
  return isoDate(year, month, 1).slice(0, 7);
}

/** "Template", "Example", "Instructions", "Blank template", "How to use": a sheet of guidance or placeholders, not the board's actions. */
export function isTemplateSheet(name: string): boolean {
  return /^(?:(?:blank |master |log |action log )?template|examples?|instructions?|guidance|how to use(?: this log)?|read ?me)$/i.test(name.trim());
}
