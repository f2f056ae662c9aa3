import Holidays from 'date-holidays';
import { IsoDate, addDays, dayOfWeek, daysBetween, parts } from './calendar-date';

/**
 * Business days: Monday to Friday except England-and-Wales bank holidays.
 * A small interface so rules and tests can use another calendar.
 */
export interface BusinessCalendar {
  isBusinessDay(date: IsoDate): boolean;
  /** The date `n` business days after `date` (n ≥ 0; n = 0 returns `date` itself). */
  addBusinessDays(date: IsoDate, n: number): IsoDate;
  /** The date `n` business days before `date`. */
  subtractBusinessDays(date: IsoDate, n: number): IsoDate;
  /**
   * Business days after `from` up to and including `to` (0 when `to` ≤ `from`):
   * an action due Friday is overdue by 1 business day on Monday.
   */
  businessDaysAfter(from: IsoDate, to: IsoDate): number;
  /** The bank holiday's name, if `date` is one. */
  holidayName(date: IsoDate): string | null;
}

/** England-and-Wales calendar from `date-holidays` (public holidays only, not observances). */
export function englandAndWalesCalendar(): BusinessCalendar {
  const source = new Holidays('GB', 'ENG');
  const byYear = new Map<number, Map<IsoDate, string>>();

  function holidaysOf(year: number): Map<IsoDate, string> {
    let found = byYear.get(year);
    if (!found) {
      found = new Map();
      for (const h of source.getHolidays(year) || []) {
        if (h.type === 'public' || h.type === 'bank') found.set(h.date.slice(0, 10), h.name);
      }
      byYear.set(year, found);
    }
    return found;
  }

  const holidayName = (date: IsoDate): string | null => holidaysOf(parts(date).y).get(date) ?? null;
  const isWeekday = (date: IsoDate): boolean => {
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  };
  const isBusinessDay = (date: IsoDate): boolean => isWeekday(date) && holidayName(date) === null;

  function step(date: IsoDate, n: number, direction: 1 | -1): IsoDate {
    let d = date;
    let left = n;
    while (left > 0) {
      d = addDays(d, direction);
      if (isBusinessDay(d)) left--;
    }
    return d;
  }

  return {
    isBusinessDay,
    holidayName,
    addBusinessDays: (date, n) => step(date, n, 1),
    subtractBusinessDays: (date, n) => step(date, n, -1),
    businessDaysAfter(from, to) {
      // Arithmetic, not a walk: weekdays in (from, to] less the bank holidays on weekdays in that span,
      // so an action overdue for years costs the same as one overdue for a day.
      const span = daysBetween(from, to);
      if (span <= 0) return 0;
      let weekdays = Math.floor(span / 7) * 5;
      for (let d = addDays(from, Math.floor(span / 7) * 7 + 1); d <= to; d = addDays(d, 1)) if (isWeekday(d)) weekdays++;
      let holidays = 0;
      for (let y = parts(from).y; y <= parts(to).y; y++) {
        for (const day of holidaysOf(y).keys()) if (day > from && day <= to && isWeekday(day)) holidays++;
      }
      return weekdays - holidays;
    },
  };
}
