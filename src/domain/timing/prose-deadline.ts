import { IsoDate } from '../calendar-date';
import { Mention } from './mention';

/**
 * The mention closes its sentence: only a full stop (or like), or nothing, follows ("... to the Ethics
 * Panel mid January."), or a meeting noun that names it ("... to the December Board."). A comma is not
 * enough: "Starting this month, we will ..." sets the scene, not a deadline.
 */
const SENTENCE_END_AFTER = /^(?:\s+(?:meetings?|boards?|committees?|panels?|forums?)\b)?\s*(?:[.;!?)\]]|$)/i;
/** Words that make a date after them describe something else: "the report of 13 May", "data since June", "Date: 4/5/22". */
const NOT_A_DEADLINE_BEFORE = /\b(?:of|since|from|after|between|than|dated|date\s*:|last|previous|past|per)\s+(?:the\s+)?$/i;
/** "published in January", "held on 3 May", "agreed at the June board": a past event, not a deadline. */
const PAST_EVENT_BEFORE = /\b[a-z]+ed\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$/i;
/** A sentence that tells what happened ("... was discussed at the meeting I had with ... on 26 April"). */
const NARRATIVE = /\b(?:was|were|had|did)\b|\bI\b/;

/**
 * A date or period with no "by" in front still sets the action's deadline when it closes the action's
 * sentence, wherever it stands ("MPS to present the findings to the Ethics Panel mid January"), unless
 * the words before it tie it to something else ("the minutes of 28 April", "published in January 2021"),
 * the sentence narrates the past, or it is not after the meeting (a deadline is not set for the meeting
 * day or before it without "by").
 */
export function closesSentenceAsDeadline(text: string, mention: Mention, meetingDate: IsoDate): boolean {
  if (!('due' in mention.outcome) || mention.outcome.due <= meetingDate) return false;
  if (!SENTENCE_END_AFTER.test(text.slice(mention.end))) return false;
  const before = text.slice(0, mention.start);
  const sentence = before.split(/[.!?\n](?=\s)/).pop() ?? before;
  return !NOT_A_DEADLINE_BEFORE.test(before) && !PAST_EVENT_BEFORE.test(before) && !NARRATIVE.test(sentence);
}
