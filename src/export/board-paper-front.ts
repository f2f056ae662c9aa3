import { addDays, dayOfWeek, longDate } from '../domain/calendar-date';
import type { IsoDate } from '../domain/calendar-date';
import { DEFAULT_REPORT_BY, ExportInput } from './export-input';

/** The front matter as the paper prints it, every field filled. */
export interface FrontMatter {
  board: string;
  meeting: string;
  reportBy: string;
  purpose: string;
}

/** The Monday of the week holding `date` (weeks run Monday to Sunday). */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** "To update the Board on …": what a progress paper on the board's actions is for. */
export function defaultPurpose(asOf: IsoDate): string {
  return `To update the Board on progress with the actions it has agreed, as reported by their leads up to ${longDate(asOf)}, and to draw attention to those that are overdue, due soon or still awaiting an update.`;
}

/** The boards of the actions listed, in the table's order, joined with "and"; "The Board" when none. */
function boardsOf(input: ExportInput): string {
  const boards = [...new Set(input.digest.table.map((g) => g.board.trim()).filter(Boolean))];
  if (boards.length === 0) return 'The Board';
  return boards.length === 1 ? boards[0]! : `${boards.slice(0, -1).join(', ')} and ${boards[boards.length - 1]}`;
}

/** The front matter: what the input gives, the rest by default. */
export function frontMatterOf(input: ExportInput): FrontMatter {
  const front = input.front ?? {};
  const given = (text: string | undefined) => (text && text.trim() ? text.trim() : null);
  return {
    board: given(front.board) ?? boardsOf(input),
    meeting: given(front.meeting) ?? `Week beginning ${longDate(mondayOf(input.digest.asOf))}`,
    reportBy: given(front.reportBy) ?? DEFAULT_REPORT_BY,
    purpose: given(front.purpose) ?? defaultPurpose(input.digest.asOf),
  };
}
