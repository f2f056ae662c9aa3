import { IsoDate, shortDate } from './calendar-date';

/** The RAG of the board's papers, plus the state of an action nobody has reported on yet. */
export const STATUSES = ['awaiting_update', 'complete', 'on_track', 'amber', 'red'] as const;
export type Status = (typeof STATUSES)[number];

/** How the board reads each status in its papers. */
export const STATUS_LABEL: Record<Status, string> = {
  awaiting_update: 'awaiting update',
  complete: 'complete (dark green)',
  on_track: 'in progress and on track (pale green)',
  amber: 'amber (at risk)',
  red: 'red (off track)',
};

/** "awaiting update", "on track", "complete", "amber", "red": a status in a word or two, as previews and notes show it. */
export function statusWords(status: Status): string {
  return status.replace('_', ' ');
}

/** How a timing was turned into a due date (see docs/product-rules.md "Reading timings"). */
export type Resolution = 'exact' | 'inferred' | 'none';

/**
 * Flags raised while reading a timing:
 * - `before-meeting`: the due date is before the meeting: a day-month with no year that fell within the 31
 *   days before it, a date with a two-digit year, or a month or period already over ("Mid 2025" in July 2025);
 * - `needs-date`: nothing usable, the secretariat must set a date;
 * - `from-text`: the timing was found inside the action text;
 * - `milestones`: several dates were given, the earliest is the due date;
 * - `date-set`: the due date was set explicitly (by a register column or the secretariat);
 * - `ambiguous`: the timing reads two ways ("Jun 25": 25 June or June 2025; two dates with no words
 *   between them, "13.09.2023 08.11.2023"). The due date is one reading; the secretariat must confirm
 *   it, and no reminder goes until they do (or a lead revises it);
 * - `revised`: the timing says its date was changed ("31 Dec (revised from 30 Nov)", "Original: X
 *   Revised: Y", "extended to", "deferred to", "new date"); the revised date is `due` and the dates it
 *   replaced are kept in `superseded`;
 * - `meeting`: the timing names a meeting the calendar knows ("by the next meeting", "For discussion at the
 *   June … meeting", "July Board", "next DMPC-AC meeting"): the due date is that meeting's date less the
 *   paper deadline (CHASER_PAPER_DEADLINE_DAYS), read `inferred`; it follows the meeting when the meeting
 *   is added, moved or cancelled (src/domain/meetings/retime.ts), unless someone revised the date by hand.
 */
export type TimingFlag = 'before-meeting' | 'needs-date' | 'from-text' | 'milestones' | 'date-set' | 'ambiguous' | 'revised' | 'meeting';

/**
 * Flags about the action's closure (src/domain/closure.ts). Closure is the board's:
 * - `proposed-for-closure`: the status is `complete` because a lead said so (or a document said "Proposed
 *   for closure"), and the board has not yet accepted it. Reminders stop (the action is not open) and the
 *   DCDG sentence counts it as complete, marked as awaiting the board. The secretariat closes it after the
 *   meeting whose pack proposed it (`chaser close --meeting`), which removes the flag.
 * An action `complete` without this flag is closed.
 */
export type ClosureFlag = 'proposed-for-closure';

/** Every flag an action may carry: how its timing was read, and its closure. */
export type ActionFlag = TimingFlag | ClosureFlag;

/** What one timing says. */
export interface TimingReading {
  due: IsoDate | null;
  resolution: Resolution;
  flags: TimingFlag[];
  /** Later dates kept when a timing names several (the earliest is `due`). */
  milestones: IsoDate[];
  /**
   * Dates a revision replaced, earliest first ("31 Dec (revised from 30 Nov)" keeps 30 Nov; two dates with
   * no words between them keep the earlier). Shown to people, never chased. Empty when nothing was revised.
   */
  superseded: IsoDate[];
}

/** Identifies a meeting: a board's short code and the date it met. */
export interface MeetingId {
  boardCode: string;
  meetingDate: IsoDate;
}

/** Identifies one action: the meeting and the number within it. */
export interface ActionId extends MeetingId {
  number: number;
}

/** The latest update, kept on the action so lists never need the history. */
export interface LatestUpdate {
  status: Status;
  text: string;
  by: string;
  byName: string;
  at: string; // ISO instant
  revisedDue: IsoDate | null;
}

/** One action agreed at a meeting. */
export interface Action extends ActionId {
  /**
   * The board's own reference as written ("01.05", "42/20", "BOD 24/18(b)", or "5"): how the board and
   * the lead name the action in chat, on cards, in exports and in the CLI. `number` orders and keys it.
   */
  ref: string;
  board: string;
  text: string;
  /** The timing exactly as written ("By 13 May"). */
  timing: string;
  due: IsoDate | null;
  resolution: Resolution;
  flags: ActionFlag[];
  milestones: IsoDate[];
  /** Due dates a revision replaced ("31 Dec (revised from 30 Nov)"), oldest first: kept and shown, never chased. */
  superseded: IsoDate[];
  /** The lead as written: "MPS", "MOPAC", "AC Ephgrave". */
  lead: string;
  strand: string | null;
  status: Status;
  latest: LatestUpdate | null;
  createdAt: string;
  updatedAt: string;
}

/** `OB 21-Apr-2022 #5` (or `#42/20` with the board's own reference): how people name an action in chat. */
export function actionReference(a: ActionId & { ref?: string }): string {
  return `${a.boardCode} ${shortDate(a.meetingDate)} #${a.ref || a.number}`;
}

/** A stable text key for an action, safe for storage keys: `OB_2022-04-21_005`. */
export function actionKey(a: ActionId): string {
  return `${meetingKey(a)}_${String(a.number).padStart(3, '0')}`;
}

/** The inverse of `actionKey`; null for anything else. */
export function parseActionKey(key: unknown): ActionId | null {
  const m = typeof key === 'string' ? /^([A-Za-z0-9]+)_(\d{4}-\d{2}-\d{2})_(\d{3,})$/.exec(key) : null;
  return m ? { boardCode: m[1]!, meetingDate: m[2]!, number: Number(m[3]) } : null;
}

export function meetingKey(m: MeetingId): string {
  return `${m.boardCode}_${m.meetingDate}`;
}

const ORG_WORDS = new Set(['MOPAC', 'MPS', 'MET', 'THE', 'OF', 'AND', 'FOR', '&', '-', '–']);

/**
 * The short code used in references: initials of the board's own words, leaving out the
 * organisations' names ("MOPAC MPS Oversight Board" → "OB", "Performance and Risk Oversight Board" → "PROB").
 */
export function boardCode(board: string): string {
  const words = board.split(/\s+/).filter((w) => w && !ORG_WORDS.has(w.toUpperCase()));
  const code = words.map((w) => w[0]!.toUpperCase()).join('').replace(/[^A-Z0-9]/g, '');
  return code || 'B';
}

export function isOpen(a: Pick<Action, 'status'>): boolean {
  return a.status !== 'complete';
}
