import { IsoDate } from '../domain/calendar-date';
import { DocumentReading, ImportProblem } from './draft';
import { finishDrafts } from './finish-drafts';
import { HeaderColumns } from './header-columns';
import { common, readSheetTable } from './read-register';
import { SheetMeeting, settleSheets, sheetMeetings } from './sheet-meetings';
import { readSheetName } from './sheet-name';
import { TableRow } from './table-to-drafts';

/** A worksheet with an action table: its tab name, whether it is hidden, its rows and where its header is. */
export interface ActionSheet {
  name: string;
  hidden: boolean;
  rows: TableRow[];
  found: { header: HeaderColumns; index: number };
}

/**
 * Reads every action sheet of a workbook (in tab order) into one reading, each sheet's actions under its own
 * meeting. A row's meeting is, in order: its Meeting date / Source cell, a section row above it, a date in a
 * title row above the sheet's headings, the sheet's name when it is a date (a month alone, "May 2024", is kept
 * as `meetingMonth` with a warning, as a month-only section is), else the document's meeting. With one sheet,
 * that sheet's meeting is the document's (rows carry none of their own, as a CSV's). With several, the
 * document's meeting is the one all actions share, else the latest a sheet names: an undated sheet's actions
 * are filed under it, with a warning. A sheet named Closed/Completed/Archive gives its rows with no status
 * `complete`; a hidden sheet is read, with a warning. Problems are in sheet order, then row order.
 * `sheets` must not be empty.
 */
export async function readSheets(fileName: string, sheets: ActionSheet[]): Promise<DocumentReading> {
  const read: SheetMeeting[] = [];
  for (const sheet of sheets) {
    const table = await readSheetTable(sheet.rows, sheet.found);
    read.push({ name: sheet.name, hidden: sheet.hidden, sheetName: readSheetName(sheet.name), ...table, meetingDate: null });
  }
  sheetMeetings(read);
  const several = read.length > 1;
  for (const s of read) {
    for (const d of s.drafts) {
      if (d.meetingDate || d.meetingMonth) continue;
      if (s.meetingDate && several) d.meetingDate = s.meetingDate;
      else if (!s.meetingDate && s.month) d.meetingMonth = s.month;
    }
  }
  const documentMeeting = several ? latestMeeting(read) : (read[0]!.meetingDate ?? common(read[0]!.drafts.map((d) => d.meetingDate)));
  const problems = settleSheets(read, documentMeeting, several);
  const all = read.flatMap((s) => s.drafts);
  const { drafts, problems: finished } = finishDrafts(all, documentMeeting);
  const board = read.map((s) => s.heading.board).find((b) => b) ?? common(drafts.map((d) => d.board));
  return { fileName, board, meetingDate: documentMeeting, drafts, suggestions: [], problems: inSheetOrder([...problems, ...finished], sheets) };
}

/**
 * The document's meeting when its sheets hold several: the one every action has, else the latest a sheet
 * names (its title or tab); null when no sheet names one (the import then asks for it).
 */
function latestMeeting(read: SheetMeeting[]): IsoDate | null {
  const shared = common(read.flatMap((s) => s.drafts).map((d) => d.meetingDate));
  if (shared) return shared;
  const named = read.map((s) => s.meetingDate).filter((m): m is IsoDate => m !== null).sort();
  return named[named.length - 1] ?? null;
}

/** Sheet by sheet in tab order, then by row (a problem about the whole sheet first). */
function inSheetOrder(problems: ImportProblem[], sheets: ActionSheet[]): ImportProblem[] {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  const at = (p: ImportProblem): [number, number] => [order.get(p.place.sheet ?? '') ?? 0, p.place.row ?? 0];
  return [...problems].sort((a, b) => {
    const [sa, ra] = at(a);
    const [sb, rb] = at(b);
    return sa - sb || ra - rb;
  });
}
