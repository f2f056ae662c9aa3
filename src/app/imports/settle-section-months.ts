import { boardCode } from '../../domain/action';
import { IsoDate, longDate } from '../../domain/calendar-date';
import type { Meeting } from '../../domain/meeting';
import type { ActionDraft, ImportProblem } from '../../import/draft';
import { monthInWords } from '../../import/heading-month';
import { describePlace } from '../../import/place';


export interface SettledMonths {
  drafts: ActionDraft[];
  /** Where the reader's "the day is unknown, so the document's meeting is used" warnings no longer hold (settled, or now an error). */
  settledPlaces: Set<string>;
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/**
 * A section, sheet or document that gives only the month of its actions' meeting ("April 2022") is settled by the board's
 * calendar: when Chaser knows exactly one (not cancelled) meeting of the board in that month, the section's
 * actions are filed under it, and a warning says so. Nothing is filed on a guess: with several meetings
 * that month, or none and no meeting date for the document, the section is an error naming the month,
 * the meetings known and how to settle it. With none known but a document meeting, the reader's rule
 * stands (the document's meeting is used, with its warning).
 *
 * @param drafts the document's drafts; `meetingMonth` ("2022-04") is set on those under a month-only section
 * @param board the document's board (a row's own `board` wins)
 * @param documentMeeting the document's meeting date, or the one given for the import; null when neither
 */
export function settleSectionMonths(drafts: ActionDraft[], meetings: Meeting[], board: string | null, documentMeeting: IsoDate | null): SettledMonths {
  const settledPlaces = new Set<string>();
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const told = new Set<string>();
  const settled = drafts.map((draft) => {
    const rowBoard = draft.board ?? board;
    if (!draft.meetingMonth || draft.meetingDate || !rowBoard) return draft;
    const month = draft.meetingMonth;
    const known = meetings
      .filter((m) => !m.cancelled && m.boardCode === boardCode(rowBoard) && m.date.startsWith(`${month}-`))
      .map((m) => m.date).sort();
    const source = draft.section ? `the section "${draft.section}"` : draft.place.sheet ? `the sheet "${draft.place.sheet}"` : 'the document';
    const key = `${source}#${month}#${rowBoard}`;
    const first = !told.has(key);
    told.add(key);
    const fromDocument = !draft.section && !draft.place.sheet;
    const at = fromDocument
      ? `The document names the month of its meeting (${monthInWords(month)}) but not the day`
      : `${describePlace(draft.place)}: ${source} gives the month of its actions' meeting but not the day`;
    const example = known[0] ?? `${month}-28`;
    const writeDay = draft.section ? `write the day in the section ("Actions from the meeting on ${longDate(example)}")`
      : draft.place.sheet ? `name the sheet by its meeting's date ("${example.split('-').reverse().join('.')}")`
        : `give the meeting's date for the import (--meeting-date ${month}-DD, or the Meeting date box in Teams)`;
    if (known.length === 1) {
      if (first) {
        settledPlaces.add(describePlace(draft.place));
        warnings.push({ place: fromDocument ? {} : draft.place, field: 'meeting', severity: 'warning', message: `${at}; the only meeting of ${rowBoard} in ${monthInWords(month)} that Chaser knows is ${longDate(known[0]!)}, so its actions are filed under that meeting.` });
      }
      const { meetingMonth: _month, ...rest } = draft;
      return { ...rest, meetingDate: known[0]! };
    }
    if ((known.length > 1 || !documentMeeting) && first) settledPlaces.add(describePlace(draft.place));
    if (known.length > 1 && first) {
      problems.push({ place: fromDocument ? {} : draft.place, field: 'meeting', message: `${at}, and ${rowBoard} met more than once that month (${known.map(longDate).join(', ')}): ${writeDay} or add a Meeting date column, then import again.` });
    } else if (known.length === 0 && !documentMeeting && first) {
      problems.push({ place: fromDocument ? {} : draft.place, field: 'meeting', message: `${at}, and Chaser knows no meeting of ${rowBoard} in ${monthInWords(month)}: add it (chaser meetings add ${month}-DD --board "${rowBoard}") or ${writeDay}, then import again.` });
    }
    return draft;
  });
  return { drafts: settled, settledPlaces, problems, warnings };
}
