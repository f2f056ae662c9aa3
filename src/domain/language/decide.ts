import { IntentName, isQuestion, isReply } from './intents';
import { StatusFound } from './status-words';

/** Below this probability the classifier's guess is not trusted: `unknown` (the fallback may try). */
export const MIN_CONFIDENCE = 0.35;

/** Ways a question starts; a report never does ("done - sent the data" is not a question). */
const ASKING = /^(?:what|whats|what's|which|who|whose|when|where|why|how|is|are|was|were|has|have|had|any|anything|show|list|tell|give|can|could|would|do|does|did|find|search|look)\b/i;
/** Where one clause of a message ends and another starts: "Is it ok to close 3 - it's done". */
const CLAUSE_BREAK = /[:;.!?,]\s+|\s[-–—]\s/g;
/** "red actions", "the amber ones": a status used to pick actions, as in a question. */
const STATUS_AS_FILTER = /^\s*(?:actions?|items?|ones?|for\b|list)/i;
/** Reopening said in so many words, even beside "closed" or "undo": "6 was closed by mistake - reopen". */
const REOPEN = /\bre-?open(?:ed|ing)?\b|\bundo\s+(?:the\s+)?clos(?:ure|ing)\b/i;
/** "reopen 3", "could you re-open 15": reopening asked for in so many words. */
const REOPEN_COMMAND = /^(?:(?:please|pls|can|could|would)\s+)?(?:you\s+)?(?:please\s+)?re-?open\b/i;
/** Undoing is a write too: it needs a word of undoing, retracting or a mistake. */
const UNDO_WORDS = /\b(?:undo|wrong|revers|revert|take\s+(?:that\s+|it\s+)?back|cancel|scrap|scratch|mistake|roll\s*back|ignore|didn'?t\s+mean|meant|oops|put\s+it\s+back|not\s+right|error|by\s+accident)/i;
/** How a question for a list starts: "give me everything that's red", "which are amber", "show the done ones". */
const LIST_QUESTION = /^(?:what|whats|what's|which|who|when|where|why|how|show|list|give\s+me|tell\s+me|any|anything)\b/i;
/** Chasing sends messages for the secretariat: it needs a word of chasing, and a report must not start otherwise. */
const CHASE_WORDS = /\b(?:chas(?:e|ing)|remind|nudge|ping|follow\s+up\s+with|reminders?\s+(?:to|for|now)|send\s+(?:\w+\s+){0,2}(?:reminders?|chasers?|nudges?))/i;
const CHASE_START = /^(?:(?:please|pls|can|could|would)\s+)?(?:you\s+)?(?:please\s+)?(?:chase|remind|nudge|ping|follow\s+up|send|give)\b/i;
/** "did 4 get done", "is 8 finished": asking after a status, not reporting one. */
const ASKING_AFTER = /^(?:did|does|do|is|are|was|were)\s/i;
const REOPEN_WORDS = /\bopen|\bunclose|\bnot\s+(?:actually\s+|really\s+)?(?:complete|done|finished|closed)|\bback\s+(?:on|to)\b/i;
/** A whole message that only picks one of the offered candidates: "the 2nd", "first one please". */
const CHOICE_ONLY = /^(?:the\s+)?(?:first|1st|second|2nd|third|3rd|fourth|4th|last|former|latter)(?:\s+one)?(?:\s+(?:please|pls|thanks))?[.!]*$/i;

/** "Could you mark number 5 as done please?": an instruction to record, however politely asked. */
const INSTRUCTION = /^(?:(?:please|pls|kindly)\s+)?(?:(?:can|could|would|will)\s+(?:you\s+)?|any\s+chance\s+(?:you\s+)?(?:can|could)\s+)?(?:please\s+)?(?:mark|set|update|change|record)\b/i;

/** What the safety rules look at. */
export interface Signals {
  text: string;
  /** The first status reported. */
  status: StatusFound | null;
  /** Every status reported (the first included); the first when left out. */
  statuses?: StatusFound[];
  implied: boolean;
  /** How many of the message's words the model has seen in training. */
  knownWords: number;
}

/** The clause of `text` around `index`, as typed, with where it ends. */
function clauseAround(text: string, index: number): { clause: string; end: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= index) start = m.index + m[0].length;
    else if (m.index >= index) {
      end = m.index + (m[0].trim() === '?' ? 1 : 0);
      break;
    }
  }
  return { clause: text.slice(start, end).trim(), end };
}

function clauseAsks(clause: string, rest: string): boolean {
  return clause.endsWith('?') || ASKING.test(clause) || STATUS_AS_FILTER.test(rest);
}

/** The status a reply reports: the first one in a clause that is not asked ("Are we done with 15? yes, complete"). */
export function reportedStatus(text: string, statuses: StatusFound[]): StatusFound | null {
  const t = text.trim();
  return statuses.find((f) => !clauseAsks(clauseAround(t, f.index).clause, t.slice(f.end))) ?? statuses[0] ?? null;
}

/**
 * Whether the message is asked as a question. With a status in it, each clause that names one is
 * looked at on its own: "Is it ok to close 3 - it's done" reports in its second clause, so it is a reply.
 */
function asks(s: Signals): boolean {
  const text = s.text.trim();
  const statuses = s.statuses ?? (s.status ? [s.status] : []);
  if (!statuses.length) return text.endsWith('?') || ASKING.test(text);
  return statuses.every((found) => {
    const { clause } = clauseAround(text, found.index);
    return clauseAsks(clause, text.slice(found.end));
  });
}

/** "5 done?": the status word is the last thing before the question mark (not "5 amber: can IT help?"). */
function endsWithStatusQuestion(s: Signals): boolean {
  return !!s.status && /^\s*\?+\s*$/.test(s.text.slice(s.status.end));
}

/** The rule that set the intent; absent when the classifier's own guess stands. */
export type SafetyRule =
  | 'choice-only' | 'reopen-said' | 'asked-as-question' | 'needs-its-own-words' | 'status-asked-after' | 'instruction' | 'report-not-question'
  | 'implied-not-status' | 'status-not-implied' | 'unsure' | 'unseen-words' | 'no-action-named' | 'no-subject-named';

export interface Decision {
  intent: IntentName;
  /** The classifier's probability for the intent; 1 when a rule set it (rules do not guess). */
  confidence: number;
  rule?: SafetyRule;
}

/**
 * The intent, after the rules no classifier may break (issue #16): a message that reports a status
 * or an outcome and is not asked as a question is a reply, never a question; a reply with a status
 * word is a status update, one with only an implied outcome is not; reopening, undoing (writes) and
 * chasing (it sends messages) need words of their own; a status asked after ("5 done?") is a question; an unsure guess, or words
 * the model has never seen, are `unknown` (with the classifier's confidence).
 */
export function decideIntent(ranked: { intent: IntentName; confidence: number }[], s: Signals): Decision {
  const top = ranked[0]!;
  const text = s.text.trim();
  const by = (intent: IntentName, rule: SafetyRule): Decision => ({ intent, confidence: 1, rule });
  const unknown = (rule: SafetyRule): Decision => ({ intent: 'unknown', confidence: top.confidence, rule });
  const reported = !!s.status || s.implied;
  const reply = (rule: SafetyRule): Decision => by(s.status ? 'status-update' : 'implied-outcome', rule);
  if (CHOICE_ONLY.test(text)) return by('choice', 'choice-only');
  if ((isReply(top.intent) && REOPEN.test(text)) || REOPEN_COMMAND.test(text)) return by('reopen', 'reopen-said');
  if (top.intent === 'reopen' && !REOPEN_WORDS.test(text)) return reported ? reply('needs-its-own-words') : unknown('needs-its-own-words');
  if (top.intent === 'undo' && !UNDO_WORDS.test(text)) return reported ? reply('needs-its-own-words') : unknown('needs-its-own-words');
  if (top.intent === 'chase' && (!CHASE_WORDS.test(text) || (reported && !CHASE_START.test(text)))) {
    return reported ? reply('needs-its-own-words') : unknown('needs-its-own-words');
  }
  const instruction = INSTRUCTION.test(text);
  if (top.intent === 'status-update' && s.status && !instruction && asks(s) && (ASKING_AFTER.test(text) || endsWithStatusQuestion(s))) {
    return by('question:show-action', 'status-asked-after');
  }
  if (s.status && instruction && !isReply(top.intent)) return reply('instruction');
  // A reply never starts like a question for a list: the best question the classifier saw is meant.
  if ((top.intent === 'status-update' || top.intent === 'implied-outcome') && !instruction && LIST_QUESTION.test(text) && asks(s)) {
    const question = ranked.find((r) => isQuestion(r.intent));
    if (question) return { intent: question.intent, confidence: question.confidence, rule: 'asked-as-question' };
  }
  const unsure = top.confidence < MIN_CONFIDENCE;
  if (reported && !asks(s) && (isQuestion(top.intent) || unsure || ['unknown', 'chit-chat', 'help'].includes(top.intent))) return reply('report-not-question');
  if (top.intent === 'status-update' && !s.status && s.implied) return reply('implied-not-status');
  if (top.intent === 'implied-outcome' && s.status) return reply('status-not-implied');
  if (unsure) return unknown('unsure');
  if (s.knownWords === 0) return unknown('unseen-words');
  return { intent: top.intent, confidence: top.confidence };
}
