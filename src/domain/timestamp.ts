import { IsoDate, isRealDate, isoDate } from './calendar-date';
import { londonDate } from './london-time';

/**
 * An ISO 8601 timestamp as SharePoint lists and Power Automate export a date column: "2025-06-30T23:00:00Z",
 * "2025-06-30T23:00:00.000Z", "2025-07-01T00:00:00+01:00". Groups: date, time, zone (Z or ±hh[:]mm; none = local).
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The calendar date in Europe/London of a timestamp cell (the product's dates are London dates, README
 * "How timings are read"): SharePoint stores a date picked in London as the UTC instant of its midnight,
 * so "2025-06-30T23:00:00Z" (BST) is 1 July 2025. A timestamp with no zone is read as London time already:
 * its written date. Null when `text` is not a timestamp; `date` null when it names a day or time that does not exist.
 */
export function timestampDate(text: string): { date: IsoDate | null } | null {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  if (!isRealDate(y!, mo!, d!) || h! > 23 || mi! > 59) return { date: null };
  const zone = m[7];
  if (zone === undefined) return { date: isoDate(y!, mo!, d!) };
  const instant = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  if (Number.isNaN(instant.getTime())) return { date: null };
  return { date: londonDate(instant) };
}
