import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { quoteCell } from './place';
import { RowProblem } from './read-row-dates';

const REJECTED = /^(?:rejected|not accepted|not agreed|declined|refused|not supported)\b/i;
const ACCEPTED = /^(?:accepted|agreed|partially accepted|partly accepted|accepted in part|partially agreed|approved|supported|yes)\b/i;

/**
 * A "Cabinet response" / "Management response" / "Accepted?" cell. A rejected recommendation ("Rejected",
 * "Not accepted", "Declined") is not chased: it is complete and superseded, the response kept as the update,
 * with a warning naming the row. "Accepted", "Agreed", "Partially accepted" leave it open. Other text (a
 * narrative response) is the update when the row has none.
 */
export function readResponse(draft: ActionDraft, value: CellValue, label: string, problem: RowProblem): void {
  const text = cellText(value);
  if (!text || ACCEPTED.test(text)) return;
  if (!REJECTED.test(text)) {
    draft.update ??= text;
    return;
  }
  draft.update = draft.update ? `${text} - ${draft.update}` : text;
  draft.status = 'complete';
  draft.superseded = true;
  delete draft.proposedForClosure;
  const name = draft.ref ? `action ${draft.ref}` : quoteCell(draft.text, 40);
  problem('response', `the "${label}" column says ${quoteCell(text)}, so ${name} is recorded as superseded and nobody will be chased for it (expected "Accepted" for a recommendation to follow up).`, true);
}
