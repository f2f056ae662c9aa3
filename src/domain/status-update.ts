import type { Action, LatestUpdate, Status } from './action';
import type { Actor } from './actor';
import type { ActionUpdate, UpdateSource } from './action-update';
import { IsoDate, addMonths, isIsoDate, longDate } from './calendar-date';
import { londonTime } from './london-time';
import { plainText } from './plain-text';

export const MAX_UPDATE_CHARS = 4000;

/** What a lead reports: a status, words, and perhaps a revised due date. */
export interface StatusReport {
  status: Status;
  text: string;
  revisedDue: IsoDate | null;
}

/** How far ahead of today a revised due date a person types may be, by default (CHASER_DUE_HORIZON_YEARS). */
export const DEFAULT_DUE_HORIZON_YEARS = 10;

/**
 * Where a revised due date typed by a person is plausible: from the action's meeting date to
 * `horizonYears` after today (London). A date outside is almost always a slip (year 0, 1900, 9999,
 * "1 January 99999"): it is refused, never recorded. Imported dates are never refused for this; the
 * importer flags them (`before-meeting`, `ambiguous`) as PRODUCT.md says.
 */
export interface DueWindow {
  /** The meeting that agreed the action (its `meetingDate`). */
  meetingDate: IsoDate;
  /** Now: the window ends `horizonYears` after today's date in London. */
  now: Date;
  /** Default DEFAULT_DUE_HORIZON_YEARS. */
  horizonYears?: number;
}

function years(n: number): string {
  return `${n} year${n === 1 ? '' : 's'}`;
}

/** The last date a person may give as a revised due date (inclusive). */
export function latestPlausibleDue(window: DueWindow): IsoDate {
  const years = window.horizonYears ?? DEFAULT_DUE_HORIZON_YEARS;
  return addMonths(londonTime(window.now).date, Math.round(years * 12));
}

/**
 * Checks a report before anything is written; returns a sentence naming the field, or null.
 * With `window` (the action is known), a revised due date outside it is refused too.
 */
export function reportProblem(report: { status?: unknown; text?: unknown; revisedDue?: unknown }, window?: DueWindow): string | null {
  if (!['complete', 'on_track', 'amber', 'red'].includes(String(report.status))) {
    return `Choose a status: complete, on track, amber (at risk) or red (off track)${report.status ? ` ("${plainText(String(report.status), 40)}" is not one)` : ''}. Nothing was changed.`;
  }
  const text = typeof report.text === 'string' ? report.text : '';
  if (text.length > MAX_UPDATE_CHARS) return `The update is ${text.length.toLocaleString('en-GB')} characters; the limit is ${MAX_UPDATE_CHARS.toLocaleString('en-GB')}. Shorten it and send again. Nothing was changed.`;
  if (report.revisedDue !== undefined && report.revisedDue !== null && report.revisedDue !== '') {
    if (typeof report.revisedDue !== 'string' || !isIsoDate(report.revisedDue)) {
      return `The revised due date "${plainText(String(report.revisedDue), 40)}" is not a date (expected a date such as 2022-06-30). Nothing was changed.`;
    }
    if (window) {
      const latest = latestPlausibleDue(window);
      if (report.revisedDue < window.meetingDate || report.revisedDue > latest) {
        const side = report.revisedDue < window.meetingDate ? `is before the meeting of ${longDate(window.meetingDate)} that agreed the action` : `is more than ${years(window.horizonYears ?? DEFAULT_DUE_HORIZON_YEARS)} ahead`;
        return `The revised due date ${longDate(report.revisedDue)} ${side}; give a date from ${longDate(window.meetingDate)} to ${longDate(latest)}. Nothing was changed.`;
      }
    }
  }
  return null;
}

/** The action after a report: status, latest update, and the due date moved when a revised one is given. */
export function applyReport(action: Action, report: StatusReport, actor: Actor, at: Date, source: UpdateSource): { action: Action; entry: ActionUpdate } {
  const latest: LatestUpdate = { status: report.status, text: report.text.trim(), by: actor.id, byName: actor.name, at: at.toISOString(), revisedDue: report.revisedDue };
  const moved = report.revisedDue && report.revisedDue !== action.due;
  const next: Action = {
    ...action,
    status: report.status,
    latest,
    updatedAt: latest.at,
    ...(moved ? { due: report.revisedDue, resolution: 'exact' as const, flags: action.flags.filter((f) => f !== 'needs-date' && f !== 'before-meeting' && f !== 'ambiguous') } : {}),
  };
  const changes = [
    ...(action.status !== report.status ? [{ field: 'status' as const, from: action.status, to: report.status }] : []),
    ...(moved ? [{ field: 'due' as const, from: action.due, to: report.revisedDue }] : []),
  ];
  return {
    action: next,
    entry: { kind: 'status', at: latest.at, by: actor.id, byName: actor.name, source, status: report.status, text: latest.text, revisedDue: report.revisedDue, changes },
  };
}
