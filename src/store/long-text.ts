/**
 * Azure Tables holds at most 64 KiB in one string property (32K UTF-16 characters). A longer text is
 * stored whole, split over numbered properties (`text`, `text__1`, `text__2`, …) of the same entity
 * (an entity holds 1 MiB), and joined again when read.
 */
const PART_CHARS = 30_000;

/** Splits each named string property that is too long for one property; other properties pass through. */
export function splitLong<T extends Record<string, unknown>>(entity: T, fields: Array<keyof T & string>): T {
  const out: Record<string, unknown> = { ...entity };
  for (const field of fields) {
    const value = entity[field];
    if (typeof value !== 'string' || value.length <= PART_CHARS) continue;
    out[field] = value.slice(0, PART_CHARS);
    for (let i = 1; i * PART_CHARS < value.length; i++) out[`${field}__${i}`] = value.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
  }
  return out as T;
}

/** Joins what `splitLong` split: the named property followed by its numbered parts, in order. */
export function joinLong(entity: Record<string, unknown>, field: string): string {
  let value = typeof entity[field] === 'string' ? (entity[field] as string) : '';
  for (let i = 1; typeof entity[`${field}__${i}`] === 'string'; i++) value += entity[`${field}__${i}`] as string;
  return value;
}
