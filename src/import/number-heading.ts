/**
 * Headings of a reference column that trackers qualify in their own way ("Rec Ref", "Rec No.", "Min. No.",
 * "Recommendation No.", "Rec #", "Log No.", "Risk ID"): a ref/number word with a word or two before it.
 */
const REF_WORDS = new Set(['ref', 'refs', 'reference', 'no', 'nos', 'number', 'num', '#', 'id']);

/** Qualifiers that make the heading count something else ("No. of days", "Page no", "Tel no", "Date ref"). */
const NOT_A_REF = new Set([
  'of', 'date', 'dates', 'due', 'page', 'pages', 'phone', 'tel', 'telephone', 'mobile', 'days', 'weeks', 'months', 'version',
  'vat', 'invoice', 'po', 'account', 'staff', 'employee', 'payroll', 'room', 'ext', 'extension', 'total', 'count',
]);

/** The words of a heading key, its dots and "#" set apart: "min. no." → ["min", "no"], "rec#" → ["rec", "#"]. */
function words(key: string): string[] {
  return key.replace(/#/g, ' # ').replace(/\./g, ' ').split(/[\s/]+/).filter(Boolean);
}

/**
 * True when a heading key (`headerKey`) is a qualified reference heading: at most three words, one of them
 * a ref/number word, the others naming what is referenced (not "of", "date", "page" …). Only used when the
 * heading is not one of the known names; the table reader then checks its cells look like references.
 */
export function isQualifiedNumberHeading(key: string): boolean {
  const w = words(key);
  if (w.length < 2 || w.length > 3) return false;
  const refs = w.filter((x) => REF_WORDS.has(x));
  if (refs.length === 0 || refs.length === w.length) return false;
  return w.every((x) => REF_WORDS.has(x) || (/^[a-z]+$/.test(x) && !NOT_A_REF.has(x)));
}

/** True when the heading has a ref/number word ("Ref", "Item no"): beside a plain "Item" or "Minute", it is the number. */
export function hasRefWord(key: string): boolean {
  return words(key).some((x) => REF_WORDS.has(x));
}
