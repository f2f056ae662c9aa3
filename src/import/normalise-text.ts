/**
 * Makes text from Word, Outlook, PDFs and spreadsheets read like plain typed text, so every
 * reader can use plain patterns: straight quotes, '-' for dashes, ordinary spaces, LF line ends,
 * no invisible characters and no markdown bold markers.
 */
const REPLACEMENTS: Array<[RegExp, string]> = [
  [/\r\n?|[\u2028\u2029\u000b\u000c\u0085]/g, '\n'],
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ''],
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' '],
  [/[\u2018\u2019\u201a\u201b\u2032\u00b4]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  // Hyphens, figure/en/em dashes, horizontal bar and the minus sign all read as '-'.
  [/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-'],
  [/\u2026/g, '...'],
  [/\*\*/g, ''],
];

export function normaliseText(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}

/** Normalises one cell: as `normaliseText`, then line breaks and runs of spaces become one space. */
export function normaliseCell(text: string): string {
  return normaliseText(text).replace(/[ \t\n]+/g, ' ').trim();
}
