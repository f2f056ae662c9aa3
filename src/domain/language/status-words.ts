import { Status } from '../action';
import { phrasePattern } from '../chat/chat-text';

type Reported = Exclude<Status, 'awaiting_update'>;

/**
 * The words people use for a status, from issue #16: done, complete, finished, closed → complete;
 * slipping, delayed, at risk, behind → amber; stuck, blocked, off track → red; on track, progressing,
 * under way → on track; and the RAG colours in all their spellings.
 */
const WORDS: Record<Reported, string[]> = {
  complete: ['complete', 'completed', 'done', 'finished', 'closed', 'dark green', 'all done', 'sorted', 'ticked off',
    'wrapped up', '✅', '✔', '✔️', '☑️'],
  on_track: ['on track', 'on-track', 'ontrack', 'progressing', 'under way', 'underway', 'in progress', 'in-progress',
    'green', 'pale green', 'on schedule', 'on target', 'going well', 'going to plan', 'going fine', 'going ok',
    'going okay', 'on course', 'all good', 'working on it', 'in hand', 'ongoing', '🟢'],
  amber: ['amber', 'at risk', 'at-risk', 'slipping', 'slipped', 'slip', 'delayed', 'behind', 'late', 'running late',
    'running behind', 'deferred', 'pushed back', 'will be late', 'going to be late', "won't be ready", 'will not be ready',
    'need more time', 'needs more time', 'more time needed', '🟠', '🟡'],
  red: ['red', 'off track', 'off-track', 'offtrack', 'stuck', 'blocked', 'stalled', 'not going to happen',
    "can't progress", 'cannot progress', 'unable to progress', '🔴'],
};

const LOOKUP = new Map(Object.entries(WORDS).flatMap(([s, ws]) => ws.map((w) => [w, s as Reported] as const)));
const ANY = new RegExp(`(?<![\\w-])${phrasePattern([...LOOKUP.keys()])}(?![\\w-])`, 'gi');
/** RAG shorthand, "7 - R", "5: G": a capital letter alone after a separator, at the end or before another. */
const LETTER = /(?<=[:\-–—=]\s*)([RAG])(?=\s*(?:$|[:\-–—,.;]))/;
const LETTERS: Record<string, Reported> = { R: 'red', A: 'amber', G: 'on_track' };
/** "not complete", "isn't done yet", "not yet finished": not a report of that status. */
const NEGATION = /(?:\bnot|n't|\bnever|\byet to be|\bno longer)\s+(?:been\s+|yet\s+|quite\s+|fully\s+|be\s+)*$/i;

/** A status reported in the words, where it is, and the word as typed. */
export interface StatusFound {
  status: Reported;
  word: string;
  index: number;
  end: number;
}

/** Every status the words report, in order, leaving out negated ones ("not done yet, but on track" → on track). */
export function findStatuses(text: string): StatusFound[] {
  const found: StatusFound[] = [];
  for (const m of text.matchAll(ANY)) {
    if (NEGATION.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const status = LOOKUP.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
    found.push({ status, word: m[0], index: m.index, end: m.index + m[0].length });
  }
  const letter = found.length ? null : LETTER.exec(text);
  if (letter) found.push({ status: LETTERS[letter[1]!]!, word: letter[1]!, index: letter.index, end: letter.index + 1 });
  return found;
}

/** The first status the words report. */
export function findStatus(text: string): StatusFound | null {
  return findStatuses(text)[0] ?? null;
}

/** Every status the words name, not negated, in the register's order: for questions ("which are stuck or late?"). */
export function statusesNamed(text: string): Reported[] {
  const found = new Set<Reported>();
  for (const m of text.matchAll(ANY)) {
    if (!NEGATION.test(text.slice(Math.max(0, m.index - 30), m.index))) found.add(LOOKUP.get(m[0].toLowerCase().replace(/\s+/g, ' '))!);
  }
  return (['complete', 'on_track', 'amber', 'red'] as const).filter((s) => found.has(s));
}

/**
 * Verbs that imply an outcome without saying it ("sent the draft", "delivered the report"), and "close 6"
 * said as a command: Chaser asks "Mark #8 complete?" rather than record one.
 */
const IMPLIED = /^\s*(?:please\s+)?close\b|\b(?:sent|delivered|submitted|shared|published|circulated|provided|issued|(?:went|gone|going) (?:to|out|off)|signed off|approved|uploaded|e-?mailed|forwarded|presented|handed (?:over|in)|returned|launched|rolled out|passed (?:on|to)|given to|filed|posted|implemented)\b/i;

export function findImpliedOutcome(text: string): { words: string; index: number } | null {
  const m = IMPLIED.exec(text);
  return m ? { words: m[0], index: m.index } : null;
}
