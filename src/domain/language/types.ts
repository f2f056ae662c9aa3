import { Status } from '../action';
import { BusinessCalendar } from '../business-days';
import { IsoDate } from '../calendar-date';
import { SafetyRule } from './decide';
import { IntentName } from './intents';

/** A meeting in the register: the board's short code and the date it met. */
export interface MeetingRef {
  boardCode: string;
  meetingDate: IsoDate;
}

/** What Chaser knows when it reads a message; all of it comes from the register and the clock. */
export interface UnderstandingContext {
  /** Today in London (the R against which dates in the message are read). */
  today: IsoDate;
  /** Leads as the register spells them ("MPS", "AC Ephgrave"). */
  knownLeads: string[];
  /** Other names for a lead, set by the secretariat: { "the Met": "MPS" }. Matched whole-word, any case. */
  leadAliases?: Record<string, string>;
  /** Board short codes ("OB"). */
  knownBoardCodes: string[];
  /** The register's meetings, to resolve "the January meeting", "Nov 2", "last meeting's 5". */
  meetings: MeetingRef[];
  /** The boards' own action references as written ("42/20", "01.05"). */
  references?: string[];
  /** For revised due dates with business days ("within 10 working days"); England and Wales when left out. */
  calendar?: BusinessCalendar;
}

/**
 * One action named in a message. `meetings` lists the meetings it can belong to, latest first: those
 * named, else every meeting held by today. A meeting after today is a candidate only when named by its
 * full date ("OB 16-Jun-2022 #3"): it has not happened, so nothing is reported on it. The caller looks the number up in
 * each and, for an update, asks which when more than one has it (never picks on its own).
 */
export interface ActionMention {
  /** The words as typed: "January #2", "42/20", "action 5". */
  text: string;
  /** The number within its meeting; absent for a board reference not yet looked up. */
  number?: number;
  /** The board's own reference as the register writes it ("42/20"). */
  reference?: string;
  boardCode?: string;
  /** Set when the meeting was named by a full date ("OB 21-Apr-2022 #5"). */
  meetingDate?: IsoDate;
  /** How the meeting was named in words ("the January meeting", "last meeting"), if it was. */
  meetingWords?: string;
  /** Candidate meetings, latest first. Empty for a board reference (looked up by `reference`) or when the words
   * name a meeting the register does not have (or not yet held). */
  meetings: MeetingRef[];
}

/** The inclusive due-date window a question names. */
export interface DueRangeEntity {
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
}

/** Everything the recognisers found; a field is absent when the message does not say it. */
export interface Entities {
  actions: ActionMention[];
  /** A known lead (register spelling), through an alias when one matched ("the Met" → "MPS"). */
  lead?: string;
  /** "my actions", "what do I owe". */
  mine?: boolean;
  /** The status the words report (never `awaiting_update`). */
  status?: Exclude<Status, 'awaiting_update'>;
  /** The status word as typed ("slipping", "done"). */
  statusWord?: string;
  /** The words that imply an outcome without saying it ("sent the draft"). */
  impliedWords?: string;
  /** A new due date from "slipping to the end of March", "delayed until end of June", "revised date 30 June". */
  revisedDue?: IsoDate;
  /** The words the revised due date was read from. */
  revisedDueWords?: string;
  dueRange?: DueRangeEntity;
  /** A question that asks only for overdue actions ("overdue MOPAC actions from the January meeting"). */
  overdue?: boolean;
  /** "Since last week", "since 3 May": the first day counted. */
  since?: IsoDate;
  /** A meeting named without an action ("everything from the April meeting"). */
  meeting?: { words: string; meetings: MeetingRef[] };
  /** The statuses a question asks about ("which actions are red"). */
  statuses?: Status[];
  /** What the message is about, as typed ("Child Q response", "strip search"). */
  subjectWords?: string;
  /** "the second one" in answer to a "which action?" question: 1-based; -1 for "the last one". */
  choice?: number;
}

/** What a message means to Chaser. */
export interface Understanding {
  intent: IntentName;
  /** 0..1: the classifier's probability for `intent`; 1 when a safety rule set it; for `unknown`, the top guess's. */
  confidence: number;
  /** The safety rule that set the intent, when one did (the classifier's guess is in `ranked`). */
  rule?: SafetyRule;
  entities: Entities;
  /** The classifier's top guesses, best first, for a fallback (e.g. a language model) when unsure. */
  ranked: { intent: IntentName; confidence: number }[];
  /** The message as read: straight quotes, single spaces, typos corrected in the classifier's words. */
  normalised: string;
}
