import type { PdfPage, PdfRule, PdfTextItem } from './pdf-page';

/**
 * One line of a page as a reader sees it: the text runs that share a baseline, left to right, cut into
 * segments where a wide gap or a table border separates them (so columns laid out on the page stay apart).
 */
export interface PdfLine {
  /** 1-based, counted down the page over every line of text, as a reader counts them. */
  number: number;
  /** Baseline, points from the top of the page. */
  y: number;
  /** The largest font size on the line (points). */
  size: number;
  segments: PdfSegment[];
}

/** Text that runs without a column gap: its left and right edges (points from the left of the page). */
export interface PdfSegment {
  text: string;
  x0: number;
  x1: number;
  /** The runs it was made from (a table reader places them in cells one by one). */
  items: PdfTextItem[];
}

/** Runs whose baselines differ by less than this share a line (ems of the larger font; a superscript moves ~0.35). */
const SAME_LINE_EMS = 0.5;
/** A gap wider than this between runs (ems, about two characters' widths) separates columns. */
export const COLUMN_GAP_EMS = 1;
/** A line this close to its cell's edge (ems) had no room for the next letter: about an "m" (0.78 em in Liberation Serif). */
const WIDEST_LETTER_EMS = 0.85;
/** A gap wider than this between runs (ems) is a space between words. */
const SPACE_EMS = 0.15;

/** The page's lines, top to bottom. */
export function pageLines(page: PdfPage): PdfLine[] {
  // A run drawn twice a fraction of a point apart (bold faked by over-printing) is read once.
  const seen = new Set<string>();
  const items = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x).filter((item) => {
    const key = `${item.text}|${Math.round(item.x)}|${Math.round(item.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const groups: PdfTextItem[][] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const item of items) {
    const current = groups[groups.length - 1];
    if (current && item.y - baseline <= SAME_LINE_EMS * Math.max(size, item.size)) {
      current.push(item);
      if (item.size > size) [baseline, size] = [item.y, item.size];
    } else {
      groups.push([item]);
      [baseline, size] = [item.y, item.size];
    }
  }
  const verticals = page.rules.filter((r) => r.x1 === r.x2);
  return groups.map((group, i) => {
    const main = group.reduce((a, b) => (b.size > a.size ? b : a));
    return { number: i + 1, y: main.y, size: main.size, segments: segmentsOf(group, verticals) };
  });
}

/** The runs of one line, left to right, joined into segments; a new segment at a wide gap or a border between. */
export function segmentsOf(items: PdfTextItem[], verticals: PdfRule[]): PdfSegment[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const segments: PdfSegment[] = [];
  for (const item of sorted) {
    const last = segments[segments.length - 1];
    const gap = last ? item.x - last.x1 : 0;
    const border = last ? verticals.some((r) => r.x1 > last.x1 - 1 && r.x1 < item.x + 1 && r.y1 <= item.y && r.y2 >= item.y - item.size * 0.7) : false;
    if (!last || border || gap > COLUMN_GAP_EMS * item.size) {
      segments.push({ text: item.text.trim(), x0: item.x, x1: item.x + item.width, items: [item] });
      continue;
    }
    const space = gap > SPACE_EMS * item.size && !/\s$/.test(last.text) && !/^\s/.test(item.text);
    last.text = `${last.text}${space ? ' ' : ''}${item.text}`.replace(/\s+/g, ' ').trim();
    last.x1 = Math.max(last.x1, item.x + item.width);
    last.items.push(item);
  }
  return segments;
}

/**
 * The text of runs in reading order (lines top to bottom, wrapped lines joined), as one cell or paragraph.
 * Given the cell's borders (`box`, points), a word too long for the cell that was broken across two lines
 * ("Septembe" / "r 2024") is joined back without a space.
 */
export function runsText(items: PdfTextItem[], box?: { left: number; right: number }): string {
  const lines = pageLines({ number: 0, width: 0, height: 0, items, rules: [] });
  let text = '';
  lines.forEach((line, k) => {
    const words = line.segments.map((s) => s.text).join(' ');
    const above = lines[k - 1];
    text = box && above && brokenWord(above, box) ? joinBroken(text, words) : joinWrapped(text, words);
  });
  return text;
}

/** The runs' last line is a word broken at the cell's edge (it goes on in the next line, maybe on the next page). */
export function endsInBrokenWord(items: PdfTextItem[], box: { left: number; right: number }): boolean {
  const lines = pageLines({ number: 0, width: 0, height: 0, items, rules: [] });
  const last = lines[lines.length - 1];
  return last !== undefined && brokenWord(last, box);
}

/**
 * A line that is one word reaching the cell's right padding (`box`: the cell's borders, points; the padding
 * taken as on the left): the word went on, broken where the cell ended.
 */
export function brokenWord(line: PdfLine, box: { left: number; right: number }): boolean {
  const first = line.segments[0]!;
  const last = line.segments[line.segments.length - 1]!;
  if (line.segments.length > 1 || /\s/.test(first.text)) return false;
  const padding = Math.max(0, first.x0 - box.left);
  return last.x1 + line.size * WIDEST_LETTER_EMS > box.right - padding;
}

/**
 * True when the line above (`before`, one word filling the cell) and the next line's first word (`after`)
 * would make a word of 17 letters or more: two words the line wrapped between ("governance" / "statement",
 * "information" / "governance"), not a word broken at the cell's edge ("Procuremen" / "t", "Septe" / "mber").
 * A whole word can fill a line to the edge as closely as a broken one, so the edge cannot tell them apart;
 * words that long are rare in English ("responsibilities" has 16 letters).
 */
function wholeWordAfter(before: string, after: string): boolean {
  const end = /\p{L}+$/u.exec(before)?.[0] ?? '';
  const start = /^\p{L}+/u.exec(after)?.[0] ?? '';
  return end.length + start.length >= LONGEST_WORD + 1;
}

/** Letters in the longest word a cell is taken to break ("responsibilities"). */
const LONGEST_WORD = 16;

/**
 * Small words a line wrapped before ("Proposed" / "for closure", "Head" / "of Estates"): a cell's text that
 * goes on with one of them wrapped at a space, however close to the edge the line above ended.
 */
const WHOLE_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * A word broken at a cell's edge joined back without a space ("Septembe" + "r 2024"), but only where a
 * word can go on: a letter then a small letter (not a small word that stands alone, such as "for"), or
 * digits. A line that ends at the edge in a whole word before a number or a capital ("12 March" / "2024",
 * "Environmental" / "Services"), or before a word too long to join it (`wholeWordAfter`), wrapped at a space.
 */
export function joinBroken(before: string, after: string): string {
  const next = /^\p{L}+/u.exec(after)?.[0] ?? '';
  // A small word alone on the next line ("for") is taken whole; "in" or "a" alone may end a broken word.
  const whole = WHOLE_WORDS.has(next) && (/^\s/.test(after.slice(next.length)) || (after === next && next.length > 2));
  const goesOn = /\p{L}$/u.test(before) && /^\p{Ll}/u.test(after) && !whole && !wholeWordAfter(before, after);
  return goesOn || /\d$/.test(before) && /^\d/.test(after) ? `${before}${after}` : joinWrapped(before, after);
}

/**
 * Two lines of one paragraph or cell joined back: with a space, or with none where the line broke at a
 * mark LibreOffice and Word break after, the mark kept: a hyphen or slash ending a word ("non-" +
 * "executive", "Vice-" + "Chancellor", "30-Jun-" + "25", "ICB/" + "25/031"), or a slash starting the next
 * line ("30/12" + "/2025"). A dash standing alone between words ("Finance –" + "Director") keeps its space.
 */
export function joinWrapped(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  return /[^\s][-/‐‑–—]$/u.test(before) || /[^\s]$/u.test(before) && /^\/\S/u.test(after) ? `${before}${after}` : `${before} ${after}`;
}
