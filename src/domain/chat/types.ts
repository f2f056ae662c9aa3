import { IsoDate } from '../calendar-date';
import { Status } from '../action';

/** What a question in chat asks for; the router turns each into a query over the register. */
export type Intent =
  | 'overdue' | 'due' | 'open' | 'status' | 'needs-date' | 'show-action' | 'search' | 'help' | 'digest' | 'unknown';

/** An action as people name it in chat: "action 5", "#5", "OB 21-Apr-2022 #5", "OB 21/04/2022 5". */
export interface ActionSelector {
  /** The number as typed ("action 5", "#5"); 0 when only a board reference was given (`ref`). */
  number: number;
  boardCode?: string;
  meetingDate?: IsoDate;
  /** The board's own reference as typed ("42/20", "BOD 24/18(b)", "45.16"): found by it, not by position. */
  ref?: string;
}

/** Only what the question said; anything left out is not a constraint. */
export interface QueryFilters {
  /** The lead as named: a known lead's own spelling when it matched one, otherwise as typed. */
  lead?: string;
  /** "my actions", "what do I owe": the asker's own actions. */
  mine?: boolean;
  statuses?: Status[];
  /** Inclusive calendar dates. */
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  /** Not complete and due before today. */
  overdue?: boolean;
  /** Words to search the action text for. */
  text?: string;
  action?: ActionSelector;
}

export interface Interpretation {
  intent: Intent;
  filters: QueryFilters;
  /** For `unknown`: up to 3 example questions close to what was typed; empty otherwise. */
  suggestions: string[];
}

export interface QuestionContext {
  today: IsoDate;
  knownLeads: string[];
  knownBoardCodes: string[];
}

/** A status update typed in chat rather than submitted from the card. */
export interface StatusReply {
  action: ActionSelector;
  /** Never `awaiting_update`: a reply always reports a RAG. */
  status: Status;
  text: string;
  revisedDue: IsoDate | null;
}

export type StatusReplyParse =
  | { kind: 'reply'; reply: StatusReply }
  | { kind: 'not-a-reply' }
  | { kind: 'invalid'; message: string };

export interface StatusReplyContext {
  today: IsoDate;
  knownBoardCodes: string[];
}
