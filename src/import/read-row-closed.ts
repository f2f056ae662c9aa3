import { longDate } from '../domain/calendar-date';
import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { parseDateCell } from './parse-date-cell';
import { quoteCell } from './place';
import { RowProblem } from './read-row-dates';

const YES = ['yes', 'y', 'closed', 'complete', 'completed', 'done', '\u2713', '\u2714', '\u2705'];
const NO = ['no', 'n', 'n/a', '-', 'open', 'not yet', 'tbc'];

/**
 * A "Date closed" / "Closed date" / "Date completed" cell (`closed` column): a date there says the action
 * was finished, so it is complete and "Closed 20 January 2025" joins the update (the date is never the due
 * date); a Yes/tick is complete too; blank, No or n/a leave the status as read. Anything else is a warning
 * naming the column, and the status is left as read. Rule: the import README's "Status words".
 */
export function readClosedCell(draft: ActionDraft, value: CellValue, label: string, problem: RowProblem): void {
  const text = cellText(value);
  const answer = text.toLowerCase().replace(/[.!]$/, '').trim();
  if (!answer || NO.includes(answer)) return;
  if (YES.includes(answer)) {
    draft.status = 'complete';
    return;
  }
  const reading = parseDateCell(value);
  if (reading.kind !== 'date') {
    problem('closed', `the "${label}" column has ${quoteCell(text)}, which is not a date, so the action's status is left as read (expected the date it was closed, such as 20/01/2025, or blank while it is open).`, true);
    return;
  }
  draft.status = 'complete';
  const closed = `Closed ${longDate(reading.date)}`;
  draft.update = draft.update ? `${draft.update} - ${closed}` : closed;
}
