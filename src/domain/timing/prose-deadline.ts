import { IsoDate } from '../calendar-date';
import { Mention } from './mention';

/**
 * The mention closes its clause: only a mark, or nothing, follows ("... to the Ethics Panel mid January."),
 * or a meeting noun that names it ("... to the December Board.").
 */
const CLAUSE_END_AFTER = /^(?:\s+(?:meetings?|boards?|committees?|panels?|forums?)\b)?\s*(?:[.;,!?)\]]|$)/i;
/** Words that make a date before them describe something else: "the report of 13 May", "data since June". */
const NOT_A_DEADLINE_BEFORE = /\b(?:of|since|from|after|between|than|dated|last|previous|past|per)\s+(?:the\s+)?$/i;
/** "published in January", "held on 3 May", "agreed at the June board": a past event, not a deadline. */
const PAST_EVENT_BEFORE = /\b[a-z]+ed\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$/i;

/**
 * A date or period with no "by" in front still sets the action's deadline when it closes the action's
 * clause, wherever it stands ("MPS to present the findings to the Ethics Panel mid January"), unless the
 * words before it tie it to something else ("the minutes of 28 April", "published in January 2021") or
 * it is already past at the meeting (a deadline is not set in the past without "by").
 */
export function closesClauseAsDeadline(text: string, mention: Mention, meetingDate: IsoDate): boolean {
  if (!('due' in mention.outcome) || mention.outcome.due < meetingDate) return false;
  if (!CLAUSE_END_AFTER.test(text.slice(mention.end))) return false;
  const before = text.slice(0, mention.start);
  return !NOT_A_DEADLINE_BEFORE.test(before) && !PAST_EVENT_BEFORE.test(before);
}
