import type { IsoDate } from '../domain/calendar-date';
import { londonTime } from '../domain/london-time';
import { parts } from '../domain/calendar-date';

/**
 * A Date whose UTC fields are the London wall clock: Excel cells have no time zone and ExcelJS
 * writes a Date's UTC fields, so the sheet shows the time the board would read.
 */
export function londonAsExcelDate(instant: string | Date): Date {
  const { date, hour, minute } = londonTime(instant);
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m - 1, d, hour, minute));
}

/** A calendar date as an Excel date (UTC midnight, so no time zone can move the day). */
export function isoDateAsExcelDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
