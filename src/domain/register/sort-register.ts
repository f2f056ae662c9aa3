import { byReference } from '../reference-order';
import { Action, STATUSES } from '../action';
import type { IsoDate } from '../calendar-date';
import type { RegisterColumn, SortDirection } from './register-query';
import { daysOverdue } from './register-row';

/** RAG order for sorting: worst first when ascending (red, amber, awaiting, on track, complete). */
const STATUS_RANK: Record<(typeof STATUSES)[number], number> = { red: 0, amber: 1, awaiting_update: 2, on_track: 3, complete: 4 };

type Compare = (a: Action, b: Action) => number;

const byMeeting: Compare = (a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.boardCode.localeCompare(b.boardCode);
const byNumber: Compare = (a, b) => byMeeting(a, b) || byReference(a, b);
/** Undated actions sort after every dated one in both directions. */
const text = (x: string | null | undefined) => (x ?? '').toLocaleLowerCase('en-GB');

function comparator(column: RegisterColumn, today: IsoDate): Compare {
  switch (column) {
    case 'reference':
    case 'meeting':
      return byNumber;
    case 'action':
      return (a, b) => text(a.text).localeCompare(text(b.text), 'en-GB');
    case 'lead':
      return (a, b) => text(a.lead).localeCompare(text(b.lead), 'en-GB');
    case 'timing':
      return (a, b) => text(a.timing).localeCompare(text(b.timing), 'en-GB');
    case 'due':
      return (a, b) => (a.due ?? '').localeCompare(b.due ?? '');
    case 'status':
      return (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status];
    case 'lastUpdate':
      return (a, b) => (a.latest?.at ?? '').localeCompare(b.latest?.at ?? '');
    case 'daysOverdue':
      return (a, b) => daysOverdue(a, today) - daysOverdue(b, today);
  }
}

/** Whether the column has no value for this action (sorted last whichever the direction). */
function isEmpty(column: RegisterColumn, a: Action): boolean {
  if (column === 'due') return a.due === null;
  if (column === 'lastUpdate') return a.latest === null;
  return false;
}

/**
 * The register sorted by one column; ties fall back to meeting then number, so the order is stable
 * and the same on every page. Empty values (no due date, no update yet) come last in both directions.
 */
export function sortRegister(actions: Action[], column: RegisterColumn, direction: SortDirection, today: IsoDate): Action[] {
  const compare = comparator(column, today);
  const sign = direction === 'asc' ? 1 : -1;
  return [...actions].sort((a, b) => {
    const emptyA = isEmpty(column, a);
    const emptyB = isEmpty(column, b);
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    return sign * compare(a, b) || byNumber(a, b);
  });
}
