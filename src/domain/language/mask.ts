import { MONTH_PATTERN, tidy, wholeWords } from './words';

/** The names a message can use that the classifier should see only as their kind. */
export interface MaskNames {
  leads: string[];
  boardCodes: string[];
  references: string[];
}

const DATE = /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b/g;
const MONTH = new RegExp(`\\b(?:${MONTH_PATTERN})\\b`, 'g');
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/g;
const ORDINAL_DAY = /\b\d{1,2}(?:st|nd|rd|th)\b/g;
const NUMBER = /\b\d+\b/g;

/**
 * The message as the classifier reads it: lower case, apostrophes dropped ("what's" → "whats"), and
 * names replaced by their kind, so the model learns "zlead" once rather than every lead:
 * zref (a board reference), zlead, zboard, zdate, zmonth, zday, znum, zhash (#), zq (?), zcolon (:).
 */
export function maskMessage(text: string, names: MaskNames): string {
  let t = ` ${tidy(text)} `;
  for (const [list, token] of [[names.references, 'zref'], [names.leads, 'zlead'], [names.boardCodes, 'zboard']] as const) {
    const pattern = wholeWords(list);
    if (pattern) t = t.replace(pattern, ` ${token} `);
  }
  t = t.toLowerCase()
    .replace(DATE, ' zdate ')
    .replace(/'/g, '')
    .replace(MONTH, ' zmonth ')
    .replace(WEEKDAY, ' zday ')
    .replace(ORDINAL_DAY, ' znum ')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(NUMBER, ' znum ')
    .replace(/#/g, ' zhash ')
    .replace(/\?/g, ' zq ')
    .replace(/:/g, ' zcolon ')
    .replace(/[^a-z ]+/g, ' ');
  return t.replace(/\s+/g, ' ').trim();
}
