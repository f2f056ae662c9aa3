import { byReference } from './reference-order';
import type { Action } from './action';
import type { IsoDate } from './calendar-date';
import type { Intent, QueryFilters } from './chat';
import { normaliseLead } from './lead';

/** Keeps the actions a question's filters select (dates inclusive; overdue = open and due before today). */
export function matchesFilters(action: Action, filters: QueryFilters, today: IsoDate, ownLeads: string[]): boolean {
  if (filters.overdue && !(action.status !== 'complete' && action.due !== null && action.due < today)) return false;
  if (filters.lead && normaliseLead(filters.lead) !== normaliseLead(action.lead)) return false;
  if (filters.mine && !ownLeads.some((l) => normaliseLead(l) === normaliseLead(action.lead))) return false;
  if (filters.statuses?.length && !filters.statuses.includes(action.status)) return false;
  if ((filters.dueFrom || filters.dueTo) && !action.due) return false;
  if (filters.dueFrom && action.due! < filters.dueFrom) return false;
  if (filters.dueTo && action.due! > filters.dueTo) return false;
  if (filters.text && !containsWords(`${action.text} ${action.lead} ${action.strand ?? ''}`, filters.text)) return false;
  return true;
}

/** Every word of the search appears (any order, any case; "strip search" finds "strip-search"). */
export function containsWords(haystack: string, words: string): boolean {
  const flat = haystack.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  return words.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).every((w) => flat.includes(w));
}

/** Useful order: overdue most overdue first; due soonest first; otherwise by due date, undated last. */
export function sortForIntent(actions: Action[], intent: Intent): Action[] {
  const byDue = (a: Action, b: Action) => (a.due ?? '~').localeCompare(b.due ?? '~') || a.meetingDate.localeCompare(b.meetingDate) || byReference(a, b);
  const byMeeting = (a: Action, b: Action) => b.meetingDate.localeCompare(a.meetingDate) || byReference(a, b);
  return [...actions].sort(intent === 'search' || intent === 'status' ? byMeeting : byDue);
}
