import { IsoDate, longDate } from './calendar-date';

/**
 * A meeting of a board, past or future, as Chaser's calendar knows it: from an import (the document's own
 * date, its "Date of next meeting") or added by the secretariat (`chaser meetings add`). Keyed by the
 * board's short code and the date (src/store/meeting-repository.ts).
 */
export interface Meeting {
  /** The board's short code (`boardCode(board)`): "OB", "DO" for "DMPC-AC Met Operations". */
  boardCode: string;
  /** The board as named: "MOPAC MPS Oversight Board", "DMPC-AC Met Operations". */
  board: string;
  date: IsoDate;
  /** How the meeting is called in papers ("Oversight Board", "Performance and Risk Oversight Board"); '' when none given. */
  title: string;
  /**
   * A cancelled meeting stays in the calendar (so "the July Board" is known not to sit) but no due date
   * follows it and no pack is sent for it; timings that named it fall back to the ordinary rules.
   */
  cancelled: boolean;
  /** Where Chaser learnt of it. */
  source: 'import' | 'cli' | 'chat' | 'tab';
  addedBy: string;
  addedAt: string;
}

/** "the DMPC-AC Met Operations meeting of 14 June 2022": how notices and packs name a meeting. */
export function meetingName(m: Pick<Meeting, 'board' | 'title' | 'date'>): string {
  return `the ${m.title || m.board} meeting of ${longDate(m.date)}`;
}

/** The meetings that sit (not cancelled), soonest first. */
export function sittingMeetings(meetings: Meeting[]): Meeting[] {
  return meetings.filter((m) => !m.cancelled).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
