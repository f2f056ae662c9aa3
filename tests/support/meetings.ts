import type { Meeting } from '../../src/domain/meeting';
import { boardCode } from '../../src/domain/action';

/** A meeting of the Oversight Board (or of the board named), with overrides. */
export function aMeeting(date: string, overrides: Partial<Meeting> = {}): Meeting {
  const board = overrides.board ?? 'MOPAC MPS Oversight Board';
  return {
    boardCode: boardCode(board), board, date, title: '', cancelled: false, source: 'cli',
    addedBy: 'cli:clerk', addedAt: '2022-05-09T08:00:00.000Z', ...overrides,
  };
}
