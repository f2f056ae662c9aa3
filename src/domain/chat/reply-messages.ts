import { actionReference } from '../action';
import { ActionSelector } from './types';

/** The longest update kept; a longer one is refused rather than cut, so nothing is lost silently. */
export const MAX_UPDATE_LENGTH = 4000;

const STATUS_HINT = 'complete, on track, amber or red';

/** How the reply names the action back: the full reference when the user gave one. */
export function describeAction(s: ActionSelector): string {
  if (s.boardCode && s.meetingDate) return actionReference({ boardCode: s.boardCode, meetingDate: s.meetingDate, number: s.number });
  return s.boardCode ? `${s.boardCode} #${s.number}` : `action ${s.number}`;
}

/** The start of the message, as quoted back: up to `end`, with "…" for the rest. */
function quoted(message: string, end: number): string {
  const shown = message.slice(0, end).trimEnd();
  return end < message.trim().length ? `${shown} …` : shown;
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function unknownStatus(message: string, end: number, label: string, word: string, ref: string): string {
  return `I read "${quoted(message, end)}" as an update for ${label} but "${word}" is not a status. ` +
    `Use ${STATUS_HINT}, e.g. "${ref} amber: waiting on the data".`;
}

export function missingStatus(message: string, label: string, ref: string, update: string): string {
  const example = update && update.length <= 60 ? update : 'waiting on the data';
  return `I read "${quoted(message, Math.min(message.length, 60))}" as an update for ${label} but it has no status. ` +
    `Start with ${STATUS_HINT}, e.g. "${ref} amber: ${example}".`;
}

export function badMeetingDate(written: string, number: number): string {
  return `I read this as an update for action ${number} but "${written}" is not a meeting date. ` +
    `Write the reference with a real date, e.g. "OB 21-Apr-2022 #${number} amber: waiting on the data".`;
}

export function badRevisedDate(label: string, phrase: string): string {
  return `I read this as an update for ${label} but the revised due date "${phrase}" is not a date. ` +
    'Give a real date, e.g. "revised date 30 June 2022" or "revised date 30/06/2022".';
}

export function tooLong(label: string, length: number): string {
  return `The update for ${label} is ${thousands(length)} characters long; Chaser keeps at most ` +
    `${thousands(MAX_UPDATE_LENGTH)}. Please shorten it and send it again.`;
}
