import type { Action, LatestUpdate, Status } from './action';
import type { Actor } from './actor';
import type { ActionUpdate, UpdateSource } from './action-update';
import { IsoDate, isIsoDate } from './calendar-date';

export const MAX_UPDATE_CHARS = 4000;

/** What a lead reports: a status, words, and perhaps a revised due date. */
export interface StatusReport {
  status: Status;
  text: string;
  revisedDue: IsoDate | null;
}

/** Checks a report before anything is written; returns a sentence naming the field, or null. */
export function reportProblem(report: { status?: unknown; text?: unknown; revisedDue?: unknown }): string | null {
  if (!['complete', 'on_track', 'amber', 'red'].includes(String(report.status))) {
    return `Choose a status: complete, on track, amber (at risk) or red (off track)${report.status ? ` ("${String(report.status).slice(0, 40)}" is not one)` : ''}. Nothing was changed.`;
  }
  const text = typeof report.text === 'string' ? report.text : '';
  if (text.length > MAX_UPDATE_CHARS) return `The update is ${text.length.toLocaleString('en-GB')} characters; the limit is ${MAX_UPDATE_CHARS.toLocaleString('en-GB')}. Shorten it and send again. Nothing was changed.`;
  if (report.revisedDue !== undefined && report.revisedDue !== null && report.revisedDue !== '') {
    if (typeof report.revisedDue !== 'string' || !isIsoDate(report.revisedDue)) {
      return `The revised due date "${String(report.revisedDue).slice(0, 40)}" is not a date (expected a date such as 2022-06-30). Nothing was changed.`;
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
