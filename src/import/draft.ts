import { IsoDate } from '../domain/calendar-date';
import { Status } from '../domain/action';

/** Where something was read: a line of a text document, or a spreadsheet row (1-based, header included). */
export interface SourcePlace {
  line?: number;
  row?: number;
}

/** One action as read from a document, before its timing is resolved or it is stored. */
export interface ActionDraft {
  number: number;
  text: string;
  /** The timing exactly as written ('' when the document gives none). */
  timing: string;
  /** The lead as written ('' when missing, which is also reported as a problem). */
  lead: string;
  /** An explicit due-date column (wins over the timing). */
  due?: IsoDate;
  status?: Status;
  update?: string;
  strand?: string;
  /** Per-row overrides from a register that covers several meetings. */
  meetingDate?: IsoDate;
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
  drafts: ActionDraft[];
  suggestions: Suggestion[];
  problems: ImportProblem[];
}
