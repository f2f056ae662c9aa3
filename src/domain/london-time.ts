import { IsoDate, isoDate, parts } from './calendar-date';

/**
 * London wall-clock time, the one module for it: the board meets, reads its papers and gets its
 * reminders in Europe/London, in BST or GMT as the day has it. Built on the platform's
 * `Intl.DateTimeFormat` (the IANA time zone data Node ships), so it stays pure and needs no library.
 */
export const BOARD_TIME_ZONE = 'Europe/London';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BOARD_TIME_ZONE,
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

const asDate = (instant: Date | string): Date => (typeof instant === 'string' ? new Date(instant) : instant);
const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** The calendar date and wall-clock time in London at `instant` (a Date or an ISO 8601 string). */
export function londonTime(instant: Date | string): { date: IsoDate; hour: number; minute: number } {
  const at = asDate(instant);
  // The clock's "now" is read several times a turn, always in the same minute: the last minute read is kept.
  // Exact: London's offset only changes on the hour, so every instant of one UTC minute is one London minute.
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute === lastRead.minute) return { ...lastRead.time };
  const p = Object.fromEntries(londonParts.formatToParts(at).map((x) => [x.type, x.value]));
  const time = { date: isoDate(Number(p.year), Number(p.month), Number(p.day)), hour: Number(p.hour), minute: Number(p.minute) };
  if (Number.isFinite(minute)) lastRead = { minute, time: { ...time } };
  return time;
}
let lastRead: { minute: number; time: { date: IsoDate; hour: number; minute: number } } = { minute: Number.NaN, time: { date: '', hour: 0, minute: 0 } };

/** The London calendar date at `instant`. */
export function londonDate(instant: Date | string): IsoDate {
  return londonTime(instant).date;
}

/** Today in London according to `clock`. */
export function londonToday(clock: { now(): Date }): IsoDate {
  return londonTime(clock.now()).date;
}

/** True when both instants fall on the same London calendar day. */
export function sameLondonDay(a: Date, b: Date): boolean {
  return londonDate(a) === londonDate(b);
}

/**
 * The instant London's wall clock reads `hour:minute` on `date`, in BST or GMT as that day has it.
 * London is UTC or UTC+1, so reading the wall clock at the UTC guess gives the offset to take off.
 */
export function londonInstant(date: IsoDate, hour: number, minute = 0): Date {
  const { y, m, d } = parts(date);
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  const seen = londonTime(new Date(guess));
  const s = parts(seen.date);
  const seenAsUtc = Date.UTC(s.y, s.m - 1, s.d, seen.hour, seen.minute);
  return new Date(guess - (seenAsUtc - guess));
}

const stampFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: BOARD_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "10 May 2022, 14:05" in London time, for "Updated by … at …". */
export function londonStamp(instant: Date): string {
  // Kept by UTC minute (exact: London's offset changes on the hour and the stamp shows no seconds); cards
  // show the same actions' last updates again and again. At most 1,000 kept, the oldest dropped first.
  const minute = Math.floor(instant.getTime() / 60_000);
  let stamp = stamps.get(minute);
  if (stamp === undefined) {
    stamp = stampFormat.format(instant);
    if (!Number.isFinite(minute)) return stamp;
    if (stamps.size >= 1000) stamps.delete(stamps.keys().next().value!);
    stamps.set(minute, stamp);
  }
  return stamp;
}
const stamps = new Map<number, string>();

/** `HH:mm` (London time). */
export function londonTimeText(instant: Date | string): string {
  const { hour, minute } = londonTime(instant);
  return `${twoDigits(hour)}:${twoDigits(minute)}`;
}

/** `2022-05-10 10:30` (London time): unambiguous in a CSV and read as a date-time by Excel. */
export function londonDateTimeText(instant: Date | string): string {
  return `${londonDate(instant)} ${londonTimeText(instant)}`;
}
