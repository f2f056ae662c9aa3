import { BusinessCalendar } from '../business-days';
import { IsoDate } from '../calendar-date';
import { readRevisedDue } from '../chat/revised-due';
import { explainTiming } from '../timing';

/**
 * Words that move a deadline and the preposition before the new one: "slipping to the end of March",
 * "delayed until end of June", "pushed back to 30 June", "now expected in September", "deferred to
 * September". A date after other words ("data shared on 10 May") is news, not a new deadline.
 */
const MOVED = /\b(?:slipping|slipped|slips?|(?:is\s+|been\s+)?delayed|deferred|postponed|pushed(?:\s+back)?|put\s+back|moved|moving|extended|rescheduled|(?:now\s+)?expected|expect(?:ing)?|now\s+due|will\s+(?:now\s+)?be\s+(?:late|complete|completed|done|finished|ready|delivered)|should\s+be\s+(?:complete|completed|done|finished|ready)|going\s+to\s+slip|(?:will|to)\s+slip|(?:won'?t|will\s+not|not)\s+be\s+(?:ready|done|complete|completed|finished|delivered))\b(?:\s*(?:,|-|–|until|till|to|into|by|for|in|on|back|out|now|the|of|completion|delivery|and|around|at|a|month|week|or))*\s*/gi;
/** Where the phrase of the new date stops. */
const CLAUSE_END = /[;,.!?(\n]|\s[-–—]\s|\s(?:because|as|due to|but|and|since|pending|awaiting|waiting|while|so)\b/i;

/** "extend the deadline on 4 to end of June", "move the due date for action 9 to 1 July". */
const CHANGE_DEADLINE = /\b(?:extend|move|push(?:\s+back)?|defer|postpone|change|put\s+back)\s+(?:the\s+)?(?:deadline|due\s+date|target\s+date|date)\s+(?:(?:on|for|of)\s+(?:action\s+|item\s+)?#?\d{1,3}\s+)?(?:to|until|till)\s+/gi;

export interface RevisedDueFound {
  date: IsoDate;
  words: string;
}

/**
 * A new due date the message gives, read by the timing reader with today as the meeting date
 * (a month means its last day, "end of March" the 31st, the next one to come). The message itself is
 * kept whole as the update by the caller; this only says what the new deadline is.
 */
export function findRevisedDue(text: string, today: IsoDate, calendar: BusinessCalendar): RevisedDueFound | null {
  for (const m of [...text.matchAll(CHANGE_DEADLINE), ...text.matchAll(MOVED)]) {
    const after = text.slice(m.index + m[0].length);
    const phrase = after.split(CLAUSE_END)[0]!.trim();
    if (!phrase || /^(?:a|by)\s+(?:couple|few|bit|week|month)/i.test(phrase)) continue;
    const reading = explainTiming(phrase, today, calendar).reading;
    if (reading.due && reading.resolution !== 'none' && reading.due >= today) return { date: reading.due, words: `${m[0]}${phrase}`.trim() };
  }
  const clause = readRevisedDue(text, today);
  if ('revisedDue' in clause && clause.revisedDue) return { date: clause.revisedDue, words: text };
  return null;
}
