import type { Action } from './action';

const NATURAL = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/**
 * Two actions of one meeting in the order of the board's references, read naturally: "BOD 24/9" before
 * "BOD 24/32", "4.2" before "4.10", "21 BCFU 8" before "21 BCFU 10"; whole numbers as numbers. Ties (the same
 * reference) fall back to the position in the document.
 */
export function byReference(a: Pick<Action, 'ref' | 'number'>, b: Pick<Action, 'ref' | 'number'>): number {
  return NATURAL.compare(a.ref || String(a.number), b.ref || String(b.number)) || a.number - b.number;
}
