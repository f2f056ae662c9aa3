import { BusinessCalendar } from '../business-days';
import { IsoDate } from '../calendar-date';
import { Resolution } from '../action';

/** A resolution that produced a date. */
export type Firm = Exclude<Resolution, 'none'>;

/**
 * What one recognised phrase means: a date, or the reason it cannot be one.
 * `beforeMeeting` and `ambiguous` become the reading's flags of the same names.
 */
export type Outcome =
  | { due: IsoDate; resolution: Firm; beforeMeeting: boolean; ambiguous: boolean }
  | { problem: string };

/** What else a reader noticed about a date it produced. */
export interface DateNotes {
  beforeMeeting?: boolean;
  ambiguous?: boolean;
}

/** Everything a matcher may look at besides its own match. */
export interface ReadContext {
  /** The whole normalised text, for words around the match ("the June ... meeting"). */
  text: string;
  meetingDate: IsoDate;
  calendar: BusinessCalendar;
}

/** One kind of timing phrase: a pattern and how to read a match of it. */
export interface Matcher {
  /** Must carry the `g` and `i` flags. */
  pattern: RegExp;
  /** Null rejects the match (e.g. "may" used as a verb), leaving its text free for later matchers. */
  read(match: RegExpExecArray, context: ReadContext): Outcome | null;
  /**
   * True when the phrase announces a deadline by itself ("as soon as possible", "within two weeks",
   * "end of June"); false when prose needs "by"/"before" in front for it to be one ("9 January").
   */
  deadline: boolean | ((match: RegExpExecArray) => boolean);
  /**
   * True when the phrase names one calendar day ("13.09.2023", "13 May"), not a period ("June", "Q3"):
   * only days count for "two dates with no words between them" (a tracker appending a slipped date).
   */
  day?: boolean;
}

/** A recognised phrase and where it sits in the text. */
export interface Mention {
  start: number;
  end: number;
  outcome: Outcome;
  deadline: boolean;
  /** See `Matcher.day`. */
  day: boolean;
}

/** An optional capture group (typed as string by TypeScript, but undefined when it did not take part). */
export function group(match: RegExpExecArray, index: number): string | undefined {
  const value: string | undefined = match[index];
  return value === undefined || value === '' ? undefined : value;
}

export function dated(due: IsoDate, resolution: Firm, notes: DateNotes = {}): Outcome {
  return { due, resolution, beforeMeeting: notes.beforeMeeting ?? false, ambiguous: notes.ambiguous ?? false };
}

/** The matched text, trimmed, for messages. */
export function quoted(match: RegExpExecArray): string {
  return match[0].trim();
}
