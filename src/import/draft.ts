import { IsoDate } from '../domain/calendar-date';
import { Status } from '../domain/action';

/**
 * Where something was read, as the user counts it: a line of a text document; a row of a CSV file or
 * worksheet (1-based, header included; `sheet` names the worksheet when the workbook has several); a
 * row of a Word table (`table` 1-based in document order, `row` 1-based with the header row as 1); or a
 * line of a PDF page (`page` 1-based as a viewer numbers pages, `line` 1-based down that page, counting
 * every line of text on it; a table row or paragraph is where its first line is).
 */
export interface SourcePlace {
  line?: number;
  row?: number;
  table?: number;
  sheet?: string;
  page?: number;
}

/** One action as read from a document, before its timing is resolved or it is stored. */
export interface ActionDraft {
  /**
   * The position used for ordering and keys: the board's reference when every action in the document
   * has a whole-number reference ("1", "5."); otherwise the action's position in the document (1, 2, 3 …),
   * so "01.05", "4.01", "42/20" never collide or get rounded.
   */
  number: number;
  /**
   * The board's own reference as written ("01.05", "4.01", "42/20", "BOD 24/18(b)", "21 BCFU 07", or "5"
   * for "5."): what chat, cards, exports and the CLI show. When the document gives none (an
   * "ACTION: owner" line), the position as text. Every reader sets it; it is optional in the type only
   * until the planner's `suggestionsAsDrafts` (src/app/imports/plan-import.ts) sets it too.
   */
  ref?: string;
  /** The document gave no reference: `ref` is the action's position, which moves when an action is added above it. */
  refFromPosition?: true;
  text: string;
  /** The timing exactly as written ('' when the document gives none); the revised one when a row has both. */
  timing: string;
  /** The lead as written ('' when missing, which is also reported as a problem). */
  lead: string;
  /** An explicit due-date column (wins over the timing); the revised date when a row has both. */
  due?: IsoDate;
  /**
   * A revision replaced these (a "New date" / "Revised due date" column): the original due date, when it
   * was a date, and the original timing as written. Kept and shown as superseded; never used for reminders.
   */
  originalDue?: IsoDate;
  originalTiming?: string;
  status?: Status;
  /** "Proposed for closure", "Recommend closure": complete, awaiting the board's confirmation. */
  proposedForClosure?: true;
  /** "Superseded", "Withdrawn", "No longer required": complete, reminders stop, the word kept as the update. */
  superseded?: true;
  update?: string;
  strand?: string;
  /** The agenda item or paper the action arose under ("Paper", "Agenda item", "Relevant Item" columns). */
  item?: string;
  /** The section row above the action as written ("May 2022", "Actions held over from previous meetings"). */
  section?: string;
  /**
   * What the row's reference is numbered within, when a table restarts its references ("R1", "R2") under
   * each audit or section: the Audit/Item column in words, the Strand column, else the section row. A reference
   * repeated under another group is made unique with it ("IA 23-24/07 R1", `check-duplicates.ts`).
   */
  group?: string;
  /**
   * The month of the action's meeting ("2022-04") when a section row or a worksheet's tab name ("Jan-24")
   * gives only a month that is not the document's own meeting month: the day is unknown, so `meetingDate`
   * is left to the document's.
   */
  meetingMonth?: string;
  /**
   * Per-row overrides from a register that covers several meetings (or a section row with a full date, a
   * workbook's sheet or a Word table under its own meeting's heading).
   */
  meetingDate?: IsoDate;
  /**
   * The next meeting after the action's own, as the document itself gives it (a later meeting's sheet,
   * rows or a "Date of next meeting" cell; `settleNextMeetings`, next-meeting.ts): joins the calendar when the
   * document is planned (`meetingsInDocument`), so "by the next meeting" reads it as any known meeting.
   */
  nextMeetingDate?: IsoDate;
  board?: string;
  place: SourcePlace;
}

/** A decision found in prose ("It was agreed that ..."): never imported unless someone confirms it. */
export interface Suggestion {
  text: string;
  lead: string | null;
  place: SourcePlace;
}

/** Something wrong with one part of a document; collected, never thrown. `message` is a full sentence. */
export interface ImportProblem {
  place: SourcePlace;
  field?: string;
  message: string;
  /** A warning is shown but does not stop the import; anything else is an error that does. */
  severity?: 'warning';
}

export interface DocumentReading {
  fileName: string;
  board: string | null;
  meetingDate: IsoDate | null;
  /** "Date of next meeting: 13 June 2024", when the document says so. */
  nextMeetingDate?: IsoDate;
  /**
   * "2025-11" when the document names its meeting's month but not its day ("Audit and Risk Committee -
   * November 2025") and `meetingDate` is null: the planner settles it as it does a month-only section.
   */
  meetingMonth?: string;
  drafts: ActionDraft[];
  suggestions: Suggestion[];
  problems: ImportProblem[];
}
