import type { IsoDate } from '../../domain/calendar-date';
import { STORED_VALUE_LIMITS } from '../../domain/stored-values';
import { InvalidInputError } from '../../errors';
import { meetingDate } from '../meetings/meeting-request';

/**
 * What the secretariat gave on a Teams preview for a document that does not say it: the board's name and
 * the meeting date (the CLI's --board and --meeting-date). Absent or blank means "as the document says".
 */
export interface GivenSettings {
  board?: string;
  meetingDate?: IsoDate;
}

/**
 * The settings from a card's data (`board`, `meetingDate`: strings from its inputs, or carried on its buttons).
 * @throws InvalidInputError naming the field: a meeting date that is not a real YYYY-MM-DD date, a board
 *   name over {@link STORED_VALUE_LIMITS}.board characters, or a value that is not text
 */
export function givenSettings(data: { board?: unknown; meetingDate?: unknown }): GivenSettings {
  const text = (value: unknown, field: string): string => {
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') throw new InvalidInputError(`${field} must be text. Nothing was imported.`);
    return value.trim();
  };
  const board = text(data.board, 'The board');
  const date = text(data.meetingDate, 'The meeting date');
  if (board.length > STORED_VALUE_LIMITS.board) throw new InvalidInputError(`The board's name is ${board.length} characters; at most ${STORED_VALUE_LIMITS.board} are kept. Nothing was imported.`);
  return { ...(board ? { board } : {}), ...(date ? { meetingDate: meetingDate(date, 'The meeting date') } : {}) };
}
