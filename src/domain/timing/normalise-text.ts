/**
 * Timings are pasted from Word, Outlook and PDFs, so they carry smart quotes, en/em dashes and
 * non-breaking spaces. Each such character is mapped to exactly one plain character, so positions
 * found in the normalised text still index the original (phrases and messages quote the original).
 * Case is left alone: the patterns are case-insensitive instead.
 */
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

const ODD = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u2033\u2010-\u2015\u2212\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;

export function normaliseText(text: string): string {
  // Anything in ODD that is not a quote or dash is a space of some kind (or zero-width): make it a space.
  return text.replace(ODD, (c) => PLAIN[c] ?? ' ');
}
