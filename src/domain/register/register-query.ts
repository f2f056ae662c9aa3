import type { MeetingId, Status } from '../action';
import type { IsoDate } from '../calendar-date';

/** The columns of the register grid, in the order the tab shows them. */
export const REGISTER_COLUMNS = ['reference', 'meeting', 'action', 'lead', 'timing', 'due', 'status', 'lastUpdate', 'daysOverdue'] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** Which way a column is sorted. */
export type SortDirection = 'asc' | 'desc';

/** The largest page the register API returns (a page is what the grid shows at once). */
export const MAX_PAGE_SIZE = 200;

/**
 * What the secretariat asked the register grid for: filters (all optional, all must hold), one sort
 * column and a page. Dates are inclusive London calendar dates. Filtering and sorting apply to the
 * whole register before the page is cut, never to a loaded page.
 */
export interface RegisterQuery {
  /** One meeting (board code and date). */
  meeting?: MeetingId;
  /** A lead as written ("MPS"); compared as chat compares leads (case and spacing ignored). */
  lead?: string;
  /** The asker's own actions ("My actions"). */
  mine?: boolean;
  statuses?: Status[];
  /** Open and due before today. */
  overdue?: boolean;
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  /** Words that must all appear in the action's text, lead or strand. */
  text?: string;
  /** Include complete actions (the register as a whole); false = open actions only. */
  includeComplete: boolean;
  sort: RegisterColumn;
  direction: SortDirection;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/**
 * The grid as it opens: the open actions (read from the due-date index, as chat's "what is open"),
 * soonest due first, 50 a page. Complete actions are one choice away (`all=true`).
 */
export const DEFAULT_REGISTER_QUERY: RegisterQuery = { includeComplete: false, sort: 'due', direction: 'asc', page: 1, pageSize: 50 };
