import { longDate } from '../domain/calendar-date';
import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { Field, HeaderColumns, columnLabel } from './header-columns';
import { quoteCell } from './place';
import { parseRefCell } from './parse-ref-cell';
import { asMonthWhenShown } from './month-format';
import { RowProblem, readRowDates, readSerialTiming } from './read-row-dates';
import { rowRevisionInWords } from './revision-in-words';
import { readRowStatus } from './read-row-status';
import { readRowMeeting } from './read-row-meeting';
import { readResponse } from './read-response';

/**
 * Every cell of a table row besides the number and the action text, onto `draft`: timing, lead checks,
 * due and revised dates (a revision in words in the update, status or action cell counts as a Revised date
 * column), update, status, a response, strand, item, board and meeting; a cell beyond the headings is a
 * warning. Problems go to `problem`, naming the column as the header wrote it.
 */
export function readRowFields(draft: ActionDraft, cells: CellValue[], header: HeaderColumns, problem: RowProblem): void {
  const cell = (f: Field): CellValue => {
    const i = header.columns[f];
    return i === undefined ? null : cells[i] ?? null;
  };
  const label = (f: Field): string => columnLabel(header, f);
  const name = draft.ref ? `action ${draft.ref}` : 'the action';
  const timing = asMonthWhenShown(cell('timing'));
  draft.timing = timing instanceof Date ? longDate(cellText(timing)) : cellText(timing);
  if (!draft.lead && header.columns.lead !== undefined) {
    problem('lead', `${name} has no lead (expected a name such as "MPS" in the ${label('lead')} column).`);
  } else if (/^(?:true|false)$/i.test(draft.lead)) {
    problem('lead', `the "${label('lead')}" column has "${draft.lead}", a yes/no value, not a lead (expected a name such as "MPS"; a tick box may have been saved in place of the lead).`);
  }
  // A revision written in words in the update, status or action cell ("deadline extended to 31 January")
  // counts as a Revised date column when the row has none; the preview says where it was read.
  const revision = cellText(cell('revisedDue')) ? null : rowRevisionInWords({ update: cellText(cell('update')), status: cellText(cell('status')), action: draft.text });
  const inWords = revision?.words ?? null;
  const where = revision?.from === 'action' ? `the "${label('action')}" column says` : 'the update says';
  readRowDates(draft, { due: cell('due'), revisedDue: inWords ?? cell('revisedDue') }, { due: label('due'), revisedDue: inWords ? revision!.from : label('revisedDue') }, problem);
  readSerialTiming(draft, label('timing'), problem);
  if (inWords && (draft.due || draft.timing)) problem('revisedDue', `${where} the date was revised ("${inWords}"), so that is read as the due date.`, true);
  const update = cellText(cell('update'));
  if (update) draft.update = update;
  readRowStatus(
    draft, { status: cell('status'), secondStatus: cell('secondStatus'), proposal: cell('proposal'), percent: cell('percent'), closed: cell('closed') },
    { status: label('status'), secondStatus: label('secondStatus'), proposal: label('proposal'), closed: label('closed') }, problem,
  );
  readResponse(draft, cell('response'), label('response'), problem);
  const strand = cellText(cell('strand'));
  if (strand) draft.strand = strand;
  // A Finding/Recommendation beside the agreed action is the topic the action answers.
  const finding = cellText(cell('finding'));
  if (finding && !draft.strand) draft.strand = finding;
  const item = cellText(cell('item'));
  if (item) draft.item = item;
  // A paper or agenda item named in words ("Stop and search update") is the topic the action falls under.
  if (item && !draft.strand && parseRefCell(item).kind !== 'ref') draft.strand = item;
  // The Audit/Item beside a reference column is what the references restart under ("R1" in each audit).
  const group = item && header.columns.number !== undefined ? item : header.columns.strand !== undefined ? strand : '';
  if (group) draft.group = group;
  const board = cellText(cell('board'));
  if (board) draft.board = board;
  readRowMeeting(draft, { meeting: cell('meeting'), meetingDate: cell('meetingDate'), source: cell('source') }, label, problem);
  const extra = cells.slice(header.labels.length).map((c) => cellText(c)).filter(Boolean);
  if (extra.length) {
    problem('columns', `the row has ${extra.length === 1 ? 'one more cell' : `${extra.length} more cells`} than the ${header.labels.length} headings (${extra.map((c) => quoteCell(c, 30)).join(', ')} not read; expected one cell per heading, and a comma inside a cell needs the cell in double quotes).`, true);
  }
}
