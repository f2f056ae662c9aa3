import { ActionDraft, ImportProblem } from './draft';
import { HeaderColumns, recogniseHeader } from './header-columns';
import { combineHeaderRows } from './header-rows';
import { inferHeader } from './infer-header';
import { isMarkdownRule, splitCells } from './split-cells';
import { sectionText } from './section-row';
import { TableRow, tableToDrafts } from './table-to-drafts';

export interface TextTables {
  drafts: ActionDraft[];
  problems: ImportProblem[];
  /** 0-based indexes of every line that belongs to a table (header and rows). */
  tableLines: Set<number>;
  /** 0-based index of the first header line, or null when there is no table. */
  firstHeader: number | null;
  /** 0-based header line of every table, in order (the first row, for a table read without a header). */
  headers: number[];
}

/** A number skipped in a table usually means a row whose number was lost and got joined to the row above. */
function gaps(drafts: ActionDraft[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  drafts.forEach((d, k) => {
    const before = drafts[k - 1];
    // Only whole-number references run in sequence ("01.05", "4.01" do not).
    if (!before || d.number === 0 || before.number === 0 || d.number <= before.number + 1) return;
    const missing = d.number === before.number + 2 ? `action ${before.number + 1} is` : `actions ${before.number + 1} to ${d.number - 1} are`;
    problems.push({
      place: d.place, field: 'number',
      severity: 'warning',
      message: `Line ${d.place.line}: action ${d.number} follows action ${before.number}, so ${missing} missing (expected numbers in sequence; a row whose number was lost is read as part of the row above).`,
    });
  });
  return problems;
}

function unnamedColumns(header: HeaderColumns, i: number): ImportProblem {
  const names = header.labels.filter(Boolean).join(', ');
  return {
    place: { line: i + 1 }, field: 'header', severity: 'warning',
    message: `Line ${i + 1}: the table has no header row, so its columns were read as ${names} (expected a header row such as "No. | Action | Update | RAG"; check the columns).`,
  };
}

/** Blank lines allowed inside a table (a page break in the source often leaves one or two). */
const MAX_BLANK_RUN = 2;

/** Finds every action table in the lines (header No./Action/...) and reads its rows. */
export function readTextTables(lines: string[]): TextTables {
  const result: TextTables = { drafts: [], problems: [], tableLines: new Set(), firstHeader: null, headers: [] };
  let i = 0;
  while (i < lines.length) {
    const cells = splitCells(lines[i]!);
    const first = cells ? recogniseHeader(cells) : null;
    // "Due date" merged over "Original | Revised": the second row completes the header.
    const named = (first && cells && combineHeaderRows(cells, splitCells(lines[i + 1] ?? ''))) || first;
    const header = named ?? (result.firstHeader === null && cells ? inferHeader(lines, i) : null);
    if (!header) {
      i += 1;
      continue;
    }
    result.firstHeader ??= i;
    result.headers.push(i);
    if (named) result.tableLines.add(i);
    else result.problems.push(unnamedColumns(header, i));
    if (named?.rows === 2) result.tableLines.add(i + 1);
    const { rows, next } = collectRows(lines, named ? i + (named.rows ?? 1) : i, header, result.tableLines);
    const reading = tableToDrafts(header, { line: i + 1 }, rows);
    result.drafts.push(...reading.drafts);
    result.problems.push(...reading.problems, ...gaps(reading.drafts));
    i = next;
  }
  return result;
}

function collectRows(lines: string[], start: number, header: HeaderColumns, used: Set<number>): { rows: TableRow[]; next: number } {
  const rows: TableRow[] = [];
  let blanks = 0;
  let i = start;
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (!line.trim()) {
      if (++blanks > MAX_BLANK_RUN) break;
      continue;
    }
    if (isMarkdownRule(line)) {
      used.add(i);
      continue;
    }
    const cells = splitCells(line) ?? (isSectionLine(lines, i) ? [line.trim()] : null);
    if (!cells || recogniseHeader(cells) || isNumberedParagraph(cells, header)) break;
    blanks = 0;
    used.add(i);
    const last = rows[rows.length - 1];
    if (last && isContinuation(cells, last.cells as string[], header)) {
      cells.forEach((c, k) => {
        if (c) last.cells[k] = last.cells[k] ? `${String(last.cells[k])} ${c}` : c;
      });
    } else {
      rows.push({ place: { line: i + 1 }, cells });
    }
  }
  return { rows, next: i };
}

/** "4.3.<tab>The MPS undertook ...": a minutes paragraph after the table, not a short row. */
function isNumberedParagraph(cells: string[], header: HeaderColumns): boolean {
  const n = header.columns.number;
  return n !== undefined && cells.length < header.labels.length && /^\d+(?:\.\d+)+\.?$/.test(cells[n] ?? '');
}

/**
 * A line with no cells inside a table ("May 2022", "Actions held over from previous meetings"): a
 * section heading when it reads as one and a table row follows it. Followed by a header row, it is the
 * next table's heading ("Actions from the meeting of 13 February 2024" above a Word tracker's next table).
 */
function isSectionLine(lines: string[], i: number): boolean {
  if (sectionText([lines[i]!.trim()]) === null) return false;
  for (let k = i + 1; k < lines.length; k += 1) {
    if (!lines[k]!.trim()) continue;
    const cells = splitCells(lines[k]!);
    return cells !== null && !recogniseHeader(cells);
  }
  return false;
}

/**
 * A row with no number continues the row above (text wrapped onto another line), unless it
 * looks like an action of its own (it has action text and a lead, or a status, where the row above has one
 * too) or a heading across the table ("Key: Green - on track; …", "Actions held over from …" in its first
 * cell). A line with neither number nor action text ("Officer" under "Monitoring") is always a wrapped cell.
 */
function isContinuation(cells: string[], above: string[], header: HeaderColumns): boolean {
  const n = header.columns.number;
  if (n === undefined || cells[n] || cells.length === 1) return false;
  if (sectionText(cells, header.columns.action, Math.min(...Object.values(header.columns))) !== null) return false;
  const a = header.columns.action;
  if (a !== undefined && !cells[a]) return true;
  for (const field of ['lead', 'status'] as const) {
    const k = header.columns[field];
    if (k !== undefined && cells[k] && above[k]) return false;
  }
  return true;
}
