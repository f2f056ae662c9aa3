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
/** "what's", "whats", "who's": the same words to the model as "what is". */
const CONTRACTED_IS = /\b(what|who|where|how|there|here)'?s\b|\b(it|that)'s\b/g;
const EXPANDED: Record<string, string> = { ve: 'have', m: 'am', re: 'are', ll: 'will', d: 'would' };

/**
 * The message as the classifier reads it: lower case, contractions spelled out ("what's", "whats" → "what is",
 * "hasn't" → "has not"), other apostrophes dropped, and
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
    .replace(CONTRACTED_IS, (_, a?: string, b?: string) => `${a ?? b} is`)
    .replace(/n't\b/g, ' not')
    .replace(/'(ve|m|re|ll|d)\b/g, (_, c: string) => ` ${EXPANDED[c]}`)
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
