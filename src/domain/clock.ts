import { IsoDate, isoDate } from './calendar-date';

/** Time is injected: everything that needs "now" takes a Clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at one instant (tests, `CHASER_NOW` demos that must not move). */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === 'string' ? new Date(at) : at;
  return { now: () => new Date(instant.getTime()) };
}

/** A clock that starts at `start` and runs forward in real time (the local demo "as of" a date). */
export function offsetClock(start: Date, base: Clock = systemClock): Clock {
  const offset = start.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offset) };
}

export const BOARD_TIME_ZONE = 'Europe/London';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BOARD_TIME_ZONE,
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** The calendar date and wall-clock time in London at `instant`. */
export function londonTime(instant: Date): { date: IsoDate; hour: number; minute: number } {
  const p = Object.fromEntries(londonParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: isoDate(Number(p.year), Number(p.month), Number(p.day)), hour: Number(p.hour), minute: Number(p.minute) };
}

/** Today in London according to `clock`. */
export function londonToday(clock: Clock): IsoDate {
  return londonTime(clock.now()).date;
}

/** "10 May 2022 14:05" in London time, for "Updated by … at …". */
const stampFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: BOARD_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

export function londonStamp(instant: Date): string {
  return stampFormat.format(instant);
}
