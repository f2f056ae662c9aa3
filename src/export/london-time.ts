import { IsoDate, isoDate } from '../domain/calendar-date';

/** Wall-clock time in Europe/London, where the board reads its papers. */
export interface WallClock {
  y: number;
  m: number;
  d: number;
  hour: number;
  minute: number;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function londonWallClock(instant: string | Date): WallClock {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const n: Record<string, number> = {};
  for (const p of LONDON.formatToParts(at)) if (p.type !== 'literal') n[p.type] = Number(p.value);
  return { y: n.year ?? 0, m: n.month ?? 0, d: n.day ?? 0, hour: n.hour ?? 0, minute: n.minute ?? 0 };
}

export function londonDate(instant: string | Date): IsoDate {
  const w = londonWallClock(instant);
  return isoDate(w.y, w.m, w.d);
}

/** `2022-05-10 10:30` (London time): unambiguous in a CSV and read as a date-time by Excel. */
export function londonDateTimeText(instant: string | Date): string {
  const w = londonWallClock(instant);
  return `${isoDate(w.y, w.m, w.d)} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/** `HH:mm` (London time). */
export function londonTimeText(instant: string | Date): string {
  const w = londonWallClock(instant);
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/**
 * A Date whose UTC fields are the London wall clock: Excel cells have no time zone and ExcelJS
 * writes a Date's UTC fields, so the sheet shows the time the board would read.
 */
export function londonAsExcelDate(instant: string | Date): Date {
  const w = londonWallClock(instant);
  return new Date(Date.UTC(w.y, w.m - 1, w.d, w.hour, w.minute));
}

/** A calendar date as an Excel date (UTC midnight, so no time zone can move the day). */
export function isoDateAsExcelDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
