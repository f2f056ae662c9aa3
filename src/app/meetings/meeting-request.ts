import { boardCode } from '../../domain/action';
import { IsoDate, isIsoDate, longDate } from '../../domain/calendar-date';
import type { Meeting } from '../../domain/meeting';
import { InvalidInputError, NotFoundError } from '../../errors';
import type { Store } from '../ports';

/** A meeting as people name it: a date and the board (its name, or its short code such as "OB"). */
export interface MeetingRequest {
  date: string;
  board: string;
}

/** The date checked: a real date as YYYY-MM-DD, or InvalidInputError naming the field. */
export function meetingDate(text: string, field = 'the meeting date'): IsoDate {
  if (!isIsoDate(text.trim())) throw new InvalidInputError(`${field} must be a real date as YYYY-MM-DD, e.g. 2022-06-14 (got "${text}"). Nothing was changed.`);
  return text.trim();
}

/** The board's short code: the code itself when given ("OB"), else the code of the name. */
export function boardCodeOf(board: string): string {
  const name = board.trim();
  if (!name) throw new InvalidInputError('Name the board, e.g. --board "MOPAC MPS Oversight Board". Nothing was changed.');
  return /^[A-Z0-9]{1,12}$/.test(name) ? name : boardCode(name);
}

/** The meeting named, or NotFoundError listing what the calendar has for that board. */
export async function findMeeting(request: MeetingRequest, store: Store): Promise<Meeting> {
  const date = meetingDate(request.date);
  const code = boardCodeOf(request.board);
  const found = await store.meetings.get(code, date);
  if (found) return found;
  const known = (await store.meetings.list()).filter((m) => m.boardCode === code).map((m) => m.date);
  throw new NotFoundError(`There is no meeting of ${request.board.trim()} on ${longDate(date)} in the calendar${known.length ? ` (it has ${known.join(', ')})` : ''}. Nothing was changed.`);
}
