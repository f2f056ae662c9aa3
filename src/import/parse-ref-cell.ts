import { CellValue, cellText } from './cell';
import { parseNumberCell } from './parse-number-cell';

/**
 * An action's reference as the board writes it: a whole number ("5", "5.", "Action 5": `whole` 5), or
 * a reference such as "01.05", "4.01", "42/20", "BOD 24/18(b)", "21 BCFU 07" (`whole` null).
 */
export type RefReading = { kind: 'ref'; ref: string; whole: number | null } | { kind: 'blank' } | { kind: 'invalid'; text: string };

/** How long a reference may be. */
const MAX_REF_CHARS = 24;
const MAX_REF_WORDS = 4;

/**
 * Reads a reference cell (rule: docs/product-rules.md: the board's own reference as written is kept).
 * A reference is short and has a digit; one that is only a number ("0", "00", "Action 0") must not be zero,
 * but a board's lettered reference keeps its zeros as written ("GH/00", "A0", "BOD 00/1").
 */
export function parseRefCell(value: CellValue): RefReading {
  const whole = parseNumberCell(value);
  if (whole.kind === 'number') return { kind: 'ref', ref: String(whole.number), whole: whole.number };
  if (whole.kind === 'blank') return { kind: 'blank' };
  const text = cellText(value);
  if (typeof value === 'number') return value > 0 && Number.isFinite(value) ? { kind: 'ref', ref: text, whole: null } : { kind: 'invalid', text };
  const shaped = text.length <= MAX_REF_CHARS && text.split(/\s+/).length <= MAX_REF_WORDS && hasDigits(text) && !/[.!?,;]\s/.test(text);
  // "4.01." and "4.01:" lose their last mark; "24/18(b)" keeps its bracket.
  const ref = text.replace(/[.:]$/, '').replace(/^([^(]*)\)$/, '$1');
  return shaped ? { kind: 'ref', ref, whole: null } : { kind: 'invalid', text };
}

/** A digit that is not zero, or any digit beside letters of the reference's own (not "Action 0", "No. 00"). */
function hasDigits(text: string): boolean {
  if (/[1-9]/.test(text)) return true;
  return /\d/.test(text) && /[a-z]/i.test(text.replace(/^(?:action|item|no\.?|number|ref\.?)\s*#?\s*(?=\d)/i, ''));
}
