import { IsoDate } from '../domain/calendar-date';
import { ActionDraft, DocumentReading, ImportProblem } from './draft';
import { CellValue, cellText } from './cell';
import { MeetingHeading, detectMeeting } from './detect-meeting';
import { finishDrafts } from './finish-drafts';
import { EXPECTED_HEADERS, HeaderColumns, LOOKED_FOR, recogniseHeader } from './header-columns';
import { combineHeaderRows } from './header-rows';
import { byPlace } from './read-text';
import { TableRow, tableToDraftsYielding } from './table-to-drafts';

/**
 * Where the header row of a sheet is, wherever it starts (title rows, a cover block or notes above it),
 * if it has one: the first row that names an action table's columns. A header on two rows ("Due date" over
 * "Original | Revised") is one header: `index` is its first row, and its `rows` is 2.
 */
export function findHeader(rows: TableRow[]): { header: HeaderColumns; index: number } | null {
  for (let index = 0; index < rows.length; index += 1) {
    const header = recogniseHeader(rows[index]!.cells);
    if (header) return { header: combineHeaderRows(rows[index]!.cells, rows[index + 1]?.cells) ?? header, index };
  }
  return null;
}

/**
 * The one problem for a sheet with no header row: what was expected, and what the top row has. `sheet`
 * (a workbook's) names the sheet looked in, and `sheets` how many others were looked in too.
 */
export function noHeaderProblem(rows: TableRow[], sheet?: { name: string; others: number }): ImportProblem {
  const first = rows.find((r) => r.cells.some((c) => cellText(c) !== ''));
  const found = first ? first.cells.map((c) => cellText(c)).filter(Boolean).map((c) => `"${c}"`).join(', ') : 'nothing';
  const place = first?.place ?? { row: 1 };
  if (sheet) {
    const others = sheet.others ? ` (nor in the workbook's ${sheet.others} other sheet${sheet.others === 1 ? '' : 's'})` : '';
    return {
      place: { sheet: sheet.name, row: place.row ?? 1 }, field: 'header',
      message: `Sheet "${sheet.name}": no header row was found${others} (expected a row of headings naming ${LOOKED_FOR}); its first row (row ${place.row ?? 1}) has ${found}.`,
    };
  }
  return {
    place, field: 'header',
    message: `Row ${place.row ?? 1}: no header row was found (expected columns ${EXPECTED_HEADERS}); the first row has ${found}.`,
  };
}

/** One sheet's table read, before the document's meeting is settled: its drafts, problems and title rows' meeting. */
export interface SheetTable {
  drafts: ActionDraft[];
  problems: ImportProblem[];
  /** The board and meeting the title rows above the header name (either may be null). */
  heading: MeetingHeading;
}

/**
 * Reads the rows under the header at `found.index` (`tableToDraftsYielding`), and the title rows above it
 * ("MOPAC MPS Oversight Board - Actions from 21 April 2022 Meeting") for the board and meeting date.
 */
export async function readSheetTable(rows: TableRow[], found: { header: HeaderColumns; index: number }): Promise<SheetTable> {
  const headerRow = rows[found.index]!;
  const table = await tableToDraftsYielding(found.header, headerRow.place, rows.slice(found.index + (found.header.rows ?? 1)));
  // A merged title cell repeats its text in every cell it covers: keep each text once.
  const titles = rows.slice(0, found.index).map((r) => [...new Set(r.cells.map((c: CellValue) => cellText(c)).filter(Boolean))].join(' - '));
  return { ...table, heading: detectMeeting(titles, titles.length) };
}

/** The value every item has, when they all have the same one; else null. */
export function common<T>(values: Array<T | undefined>): T | null {
  return values.length > 0 && values[0] !== undefined && values.every((v) => v === values[0]) ? values[0] : null;
}

/**
 * Reads an action log (CSV or a worksheet) whose header is at `found.index`. Title rows above
 * the header ("MOPAC MPS Oversight Board - Actions from 21 April 2022 Meeting") give the board
 * and meeting date; else `fallbackMeeting` (a worksheet named by its meeting's date); otherwise a meeting
 * shared by every row is used. Long sheets are read in slices, giving the event loop a turn between them
 * (see tableToDraftsYielding).
 */
export async function readRegister(
  fileName: string, rows: TableRow[], found: { header: HeaderColumns; index: number }, fallbackMeeting: IsoDate | null = null,
): Promise<DocumentReading> {
  const table = await readSheetTable(rows, found);
  const meetingDate = table.heading.meetingDate ?? fallbackMeeting ?? common(table.drafts.map((d) => d.meetingDate));
  const { drafts, problems: finished } = finishDrafts(table.drafts, meetingDate);
  return {
    fileName,
    board: table.heading.board ?? common(drafts.map((d) => d.board)),
    meetingDate,
    ...(!meetingDate && table.heading.meetingMonth ? { meetingMonth: table.heading.meetingMonth } : {}),
    drafts,
    suggestions: [],
    problems: byPlace([...table.problems, ...finished]),
  };
}
