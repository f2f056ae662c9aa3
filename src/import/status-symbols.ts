import type { Status } from '../domain/action';
import { CellValue, cellText } from './cell';

/**
 * Status marks that are not words: coloured circles and squares a tracker types as its RAG ("🟢", "🟠 slipping"),
 * a cross ("❌"), and a percentage done ("40%", "40% complete"). Rule: import README "Status words".
 */

/** Colour emoji as a RAG: green on track, amber/yellow amber, red red, blue complete (BRAG); white/black/cross claim nothing. */
const MARKS: Record<string, Status | undefined> = {
  '\u{1F7E2}': 'on_track', '\u{1F7E9}': 'on_track',
  '\u{1F7E0}': 'amber', '\u{1F7E1}': 'amber', '\u{1F7E7}': 'amber', '\u{1F7E8}': 'amber',
  '\u{1F534}': 'red', '\u{1F7E5}': 'red',
  '\u{1F535}': 'complete', '\u{1F7E6}': 'complete',
  '\u26AA': undefined, '\u26AB': undefined, '\u2B1C': undefined, '\u2B1B': undefined, '\u274C': undefined, '\u2716': undefined,
};

const MARK = new RegExp(`(?:${Object.keys(MARKS).join('|')})\\uFE0F?`, 'u');

/**
 * The colour mark in a status cell and the words beside it: "🟠 slipping" → { status: amber, rest: "slipping" };
 * null when the cell has no mark. A mark that claims nothing (⚪, ⚫, ❌) gives status undefined.
 */
export function colourMark(text: string): { status: Status | undefined; rest: string } | null {
  const found = MARK.exec(text);
  if (!found) return null;
  const mark = found[0].replace('\uFE0F', '');
  return { status: MARKS[mark], rest: text.replace(new RegExp(MARK.source, 'gu'), ' ').replace(/\s+/g, ' ').trim() };
}

/**
 * A percentage done: "40%", "40 % complete", "40% done" → 40; a workbook's percent-formatted 0.4 (`fraction`
 * true: a "% complete" column's number) → 40; a plain number under that heading ("40") → 40. Null for anything else.
 */
export function percentDone(value: CellValue, fraction = false): number | null {
  if (typeof value === 'number') {
    const n = fraction && value <= 1 ? value * 100 : value;
    return n >= 0 && n <= 100 ? Math.round(n) : null;
  }
  const m = /^(\d{1,3}(?:\.\d+)?)\s*%(?:\s*(?:complete|completed|done))?$/i.exec(cellText(value).trim())
    ?? (fraction ? /^(\d{1,3})$/.exec(cellText(value).trim()) : null);
  const n = m ? Number(m[1]) : NaN;
  return n >= 0 && n <= 100 ? Math.round(n) : null;
}

/** The status a percentage says: 100 complete, 1–99 on track (work under way), 0 nothing claimed. */
export function percentStatus(percent: number): Status | undefined {
  return percent >= 100 ? 'complete' : percent > 0 ? 'on_track' : undefined;
}
