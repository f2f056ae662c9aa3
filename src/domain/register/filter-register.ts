import type { Action } from '../action';
import type { QueryFilters } from '../chat';
import type { RegisterQuery } from './register-query';

/**
 * The part of a register query that chat's filters already express (lead, mine, statuses, overdue,
 * due range, text): the tab hands these to the same query as chat, so both read the register alike.
 */
export function chatFiltersOf(query: RegisterQuery): QueryFilters {
  const filters: QueryFilters = {};
  if (query.lead) filters.lead = query.lead;
  if (query.mine) filters.mine = true;
  if (query.statuses?.length) filters.statuses = [...query.statuses];
  if (query.overdue) filters.overdue = true;
  if (query.dueFrom) filters.dueFrom = query.dueFrom;
  if (query.dueTo) filters.dueTo = query.dueTo;
  if (query.text?.trim()) filters.text = query.text.trim();
  return filters;
}

/**
 * What chat's filters cannot say: one meeting, and whether complete actions are shown. Applied to what
 * the chat query returned.
 */
export function matchesTabOnly(action: Action, query: Pick<RegisterQuery, 'meeting' | 'includeComplete' | 'statuses'>): boolean {
  if (query.meeting && (action.boardCode !== query.meeting.boardCode || action.meetingDate !== query.meeting.meetingDate)) return false;
  const askedForComplete = query.statuses?.includes('complete') ?? false;
  if (!query.includeComplete && !askedForComplete && action.status === 'complete') return false;
  return true;
}
