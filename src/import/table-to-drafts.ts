import { ActionDraft, ImportProblem, SourcePlace } from './draft';
import { CellValue, TableRow, cellText } from './cell';
import { Field, HeaderColumns, columnLabel } from './header-columns';
import { describePlace, quoteCell } from './place';
import { parseRefCell } from './parse-ref-cell';
import { readRowFields } from './read-row-fields';
import { settleColumns } from './settle-columns';
import { isKeyRow, placeholderIn } from './skip-rows';
import { Section, readSection, sectionText } from './section-row';
import { isSpreadsheetError } from './spreadsheet-error';
import { colourWarning, withFillColours } from './fill-status';

export type { TableRow } from './cell';

export interface TableReading {
  drafts: ActionDraft[];
  problems: ImportProblem[];
}

/** Fields whose cell must not hold a spreadsheet error ("#REF!"), and what they should hold instead. */
const ESSENTIAL: Array<[Field, string]> = [
  ['number', 'a number'], ['action', 'the action'], ['lead', 'a lead'], ['timing', 'a timing'],
  ['due', 'a date'], ['revisedDue', 'a date'], ['meetingDate', 'a date'],
];

/**
 * Turns the rows under a recognised header into drafts; every doubtful cell becomes a problem.
 * A row spanning the table ("May 2022", "Actions held over from previous meetings") is a section:
 * it describes the meeting of the rows below it. `number` is provisional (the whole-number reference,
 * or 0): the document's reader numbers the drafts once it has them all (`numberDrafts`).
 */
export function tableToDrafts(header: HeaderColumns, headerPlace: SourcePlace, rows: TableRow[]): TableReading {
  const table = startTable(settleColumns(header, rows), headerPlace);
  for (const row of rows) table.add(row);
  return table.reading;
}

/** Rows read between two turns of the event loop: a long table never holds other users up for long. */
export const ROWS_PER_SLICE = 200;

/**
 * `tableToDrafts` for long tables: the same reading, giving the event loop a turn every
 * ROWS_PER_SLICE rows, so a 10,000-row register does not hold up other users' requests.
 */
export async function tableToDraftsYielding(header: HeaderColumns, headerPlace: SourcePlace, rows: TableRow[]): Promise<TableReading> {
  const table = startTable(settleColumns(header, rows), headerPlace);
  for (let i = 0; i < rows.length; i++) {
    table.add(rows[i]!);
    if (i % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) await yieldToLoop();
  }
  return table.reading;
}

/** Lets timers, sockets and other requests run before the next slice of work. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A table being read row by row: `add` one row at a time (a section row carries over to the rows below). */
function startTable(header: HeaderColumns, headerPlace: SourcePlace): { add(row: TableRow): void; reading: TableReading } {
  const drafts: ActionDraft[] = [];
  const problems: ImportProblem[] = [];
  const label = (f: Field): string => columnLabel(header, f);
  if (header.columns.lead === undefined) {
    problems.push({
      place: headerPlace, field: 'lead',
      message: `${describePlace(headerPlace)}: the table has no Lead column, so every action will need a lead assigned (expected a column such as "Lead" or "Owner", or give one lead for all with --lead).`,
    });
  }
  let section: Section | null = null;
  let itemWarned = false;
  const colours = colourWarning(problems, header);
  const firstColumn = Math.min(...Object.values(header.columns));
  const add = (row: TableRow): void => {
    if (row.cells.every((c) => cellText(c) === '') || isKeyRow(row.cells)) return;
    const heading = sectionText(row.cells, header.columns.action, firstColumn);
    if (heading !== null) {
      section = readSection(heading);
      return;
    }
    const cell = (f: Field): CellValue => {
      const i = header.columns[f];
      return i === undefined ? null : row.cells[i] ?? null;
    };
    const at = describePlace(row.place);
    const placeholder = placeholderIn(cell('number'), cell('action'));
    if (placeholder) {
      problems.push({ place: row.place, field: 'row', severity: 'warning', message: `${at}: the row holds a template's placeholder (${quoteCell(placeholder)}), so it is not read (expected an action; fill the row in or delete it).` });
      return;
    }
    let failed = false;
    const problem = (field: string, message: string, warning = false): void => {
      if (!warning) failed = true;
      problems.push({ place: row.place, field, message: `${at}: ${message}`, ...(warning ? { severity: 'warning' as const } : {}) });
    };
    for (const [f, expected] of ESSENTIAL) {
      const text = cellText(cell(f));
      if (text && isSpreadsheetError(text)) problem(f, `the "${label(f)}" column has ${quoteCell(text)}, a spreadsheet error left by a formula (expected ${expected}; fix the formula or paste the values).`);
    }
    if (failed) return;
    const text = cellText(cell('action'));
    const ref = header.columns.number === undefined ? { kind: 'none' as const } : parseRefCell(cell('number'));
    if (ref.kind === 'blank') {
      const which = text ? `the row ${quoteCell(text)}` : 'this row';
      problem('number', `${which} has no ${expectedRef(drafts, label('number'))}.`);
      return;
    }
    if (ref.kind === 'invalid') {
      problem('number', `the "${label('number')}" column has ${quoteCell(ref.text)}, which is not an action number (expected a whole number such as 5, or a reference such as 4.01).`);
      return;
    }
    const itemRef = header.columns.number === undefined ? itemAsRef(cell('item')) : null;
    const refText = ref.kind === 'ref' ? ref.ref : itemRef ?? '';
    if (!text) {
      problem('action', `${refText ? `action ${refText}` : 'this row'} has no action text (expected the action in the ${label('action')} column).`);
      return;
    }
    const draft: ActionDraft = {
      number: ref.kind === 'ref' ? (ref.whole ?? 0) : 0, ref: refText, text, place: row.place,
      lead: cellText(cell('lead')), timing: '',
    };
    readRowFields(draft, withFillColours(row, header, colours), header, problem);
    if (!itemWarned && draft.item && !itemRef && header.columns.number !== undefined && isBareRef(draft.item)) {
      itemWarned = true;
      problems.push({
        place: row.place, field: 'item', severity: 'warning',
        message: `${at}: the "${label('item')}" column (${quoteCell(draft.item)}) is not kept in the register: the actions are known by their "${label('number')}" column, as Chaser shows them in chat, on cards and in exports.`,
      });
    }
    if (section) applySection(draft, section);
    drafts.push(draft);
  };
  return { add, reading: { drafts, problems } };
}

/**
 * What a row missing its reference should have, in the shape the table's references take: "number (expected
 * a whole number such as 5 in the No. column)", or "reference (expected a reference such as FA/24/031, as the
 * rows above have, in the Ref column)".
 */
function expectedRef(drafts: ActionDraft[], column: string): string {
  const last = drafts[drafts.length - 1];
  if (last?.ref && !/^\d+\.?$/.test(last.ref)) return `reference (expected a reference such as ${last.ref}, as the row above has, in the ${column} column)`;
  return `number (expected a whole number such as ${(last?.number ?? 0) + 1} in the ${column} column)`;
}

/** "7.1", "PUB23/4/30.5": an item that is only a reference; "Payroll (IA 23-24/07)" names its audit in words. */
function isBareRef(item: string): boolean {
  return parseRefCell(item).kind === 'ref' && !/[A-Za-z]{4,}/.test(item);
}

/** A section row's meeting: a full date is the rows' own meeting; a month alone is kept for the reader to settle. */
function applySection(draft: ActionDraft, section: Section): void {
  draft.section = section.text;
  draft.group ??= section.text;
  if (section.meetingDate && !draft.meetingDate) draft.meetingDate = section.meetingDate;
  else if (section.month && !draft.meetingDate) draft.meetingMonth = section.month;
}

/**
 * A "Relevant Item" / "Agenda item" / "Paper" cell that holds a reference ("45.16", "PUB23/4/30.5") is the
 * action's reference when the table has no No./Ref column; a title there is not (null).
 */
function itemAsRef(value: CellValue): string | null {
  const ref = parseRefCell(value);
  return ref.kind === 'ref' ? ref.ref : null;
}
