import { TimingReading } from '../action';
import { BusinessCalendar } from '../business-days';
import { IsoDate } from '../calendar-date';
import { combineMentions } from './combine-mentions';
import { Mention } from './mention';
import { normaliseText } from './normalise-text';
import { closesSentenceAsDeadline } from './prose-deadline';
import { findAppendedDates, findRevisions } from './revisions';
import { scanMentions } from './scan-mentions';

/**
 * Words that turn a date in prose into a deadline. Without one, a date is just a date:
 * "the minutes of the 28 April 2023 meeting", "published in January 2021".
 * A weekday may sit between ("by Friday 13 May"), and "the" ("by the 13th of May").
 */
const DEADLINE_LEAD_IN =
  /\b(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$/i;

interface Placed {
  mention: Mention;
  /** Where the phrase starts, including its lead-in ("by the end of June"). */
  from: number;
}

function asDeadline(text: string, mention: Mention, meetingDate: IsoDate): Placed | null {
  const lead = DEADLINE_LEAD_IN.exec(text.slice(0, mention.start));
  if (lead) return { mention, from: lead.index };
  const standsAlone = mention.deadline || closesSentenceAsDeadline(text, mention, meetingDate);
  return standsAlone ? { mention, from: mention.start } : null;
}

/**
 * Finds a timing phrase inside an action's text ("MPS to share ... as soon as possible", "... by 9 January",
 * "... to the Ethics Panel mid January": see closesSentenceAsDeadline);
 * returns null when none. Several deadlines in one text become milestones, and their phrases are joined
 * with "; ". A deadline naming an impossible date ("by 31 June") is still returned, as `needs-date`.
 */
export function findTimingInText(
  text: string,
  meetingDate: IsoDate,
  calendar: BusinessCalendar,
): { phrase: string; reading: TimingReading } | null {
  const normalised = normaliseText(text);
  const mentions = scanMentions({ text: normalised, meetingDate, calendar });
  const deadlines = mentions.map((mention) => asDeadline(normalised, mention, meetingDate)).filter((p): p is Placed => p !== null);
  if (deadlines.length === 0) return null;
  const placed = withReplacedDates(normalised, mentions, deadlines);
  const { reading } = combineMentions(placed.map((p) => p.mention), 'no deadline in the text', normalised, meetingDate);
  const phrase = placed.map((p) => text.slice(p.from, p.mention.end).trim()).join('; ');
  return { phrase, reading: { ...reading, flags: [...reading.flags, 'from-text'] } };
}

/**
 * A deadline's revision brings the date it replaced along, even with no "by" in front of it
 * ("Original: 30/11/23 Revised: 31/01/24"), so the reading keeps it as superseded.
 */
function withReplacedDates(text: string, mentions: Mention[], deadlines: Placed[]): Placed[] {
  const replaced = new Set([...findRevisions(text, mentions).superseded, ...findAppendedDates(text, mentions)]);
  const taken = new Set(deadlines.map((p) => p.mention));
  const extra = mentions.filter((m) => replaced.has(m) && !taken.has(m)).map((mention) => ({ mention, from: mention.start }));
  return [...deadlines, ...extra].sort((a, b) => a.mention.start - b.mention.start);
}
