import { CellValue, cellText } from './cell';

export type NumberReading = { kind: 'number'; number: number } | { kind: 'blank' } | { kind: 'invalid'; text: string };

/** Reads an action number: 5, "5", "5.", "5.0", "#5", "Action 5", "No. 5". */
export function parseNumberCell(value: CellValue): NumberReading {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value > 0 ? { kind: 'number', number: value } : { kind: 'invalid', text: String(value) };
  }
  const text = cellText(value);
  if (!text) return { kind: 'blank' };
  const m = /^(?:(?:action|item|no\.?|number|ref\.?)\s*)?#?\s*(\d+)(?:\.0*)?[.:)]?$/i.exec(text);
  if (!m) return { kind: 'invalid', text };
  const number = Number(m[1]);
  return number > 0 && Number.isSafeInteger(number) ? { kind: 'number', number } : { kind: 'invalid', text };
}
