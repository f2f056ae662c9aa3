import { IntentName, isQuestion, isReply } from './intents';
import { StatusFound } from './status-words';

/** Below this probability the classifier's guess is not trusted: `unknown` (the fallback may try). */
export const MIN_CONFIDENCE = 0.35;

/** Ways a question starts; a report never does ("done - sent the data" is not a question). */
const ASKING = /^(?:what|whats|what's|which|who|whose|when|where|why|how|is|are|was|were|has|have|had|any|anything|everything|show|list|tell|give|can|could|would|do|does|did|find|search|look)\b/i;
/** "red actions", "the amber ones": a status used to pick actions, as in a question. */
const STATUS_AS_FILTER = /^\s*(?:actions?|items?|ones?|for\b|list)/i;
/** Reopening said in so many words, even beside "closed" or "undo": "6 was closed by mistake - reopen". */
const REOPEN = /\bre-?open(?:ed|ing)?\b|\bundo\s+(?:the\s+)?clos(?:ure|ing)\b/i;
const REOPEN_WORDS = /\bopen|\bunclose|\bnot\s+(?:actually\s+|really\s+)?(?:complete|done|finished|closed)|\bback\s+(?:on|to)\b/i;
/** A whole message that only picks one of the offered candidates: "the 2nd", "first one please". */
const CHOICE_ONLY = /^(?:the\s+)?(?:first|1st|second|2nd|third|3rd|fourth|4th|last|former|latter)(?:\s+one)?(?:\s+(?:please|pls|thanks))?[.!]*$/i;

/** "Could you mark number 5 as done please?": an instruction to record, however politely asked. */
const INSTRUCTION = /^(?:(?:please|pls|can|could|would|will)\s+)?(?:you\s+)?(?:please\s+)?(?:mark|set|update|change|record)\b/i;

/** What the safety rules look at. */
export interface Signals {
  text: string;
  status: StatusFound | null;
  implied: boolean;
  /** How many of the message's words the model has seen in training. */
  knownWords: number;
}

function asks(s: Signals): boolean {
  if (s.text.trim().endsWith('?') || ASKING.test(s.text.trim())) return true;
  return !!s.status && STATUS_AS_FILTER.test(s.text.slice(s.status.end));
}

type Decision = { intent: IntentName; confidence: number };

/**
 * The intent, after the rules no classifier may break (issue #16): a message that reports a status
 * or an outcome and is not asked as a question is a reply, never a question; a reply with a status
 * word is a status update, one with only an implied outcome is not; "reopen" in so many words is a
 * reopen; an unsure guess, or words the model has never seen, are `unknown`.
 */
export function decideIntent(ranked: Decision[], s: Signals): Decision {
  const top = ranked[0]!;
  const probability = (i: IntentName): Decision => ({ intent: i, confidence: ranked.find((r) => r.intent === i)?.confidence ?? 0 });
  const reported = !!s.status || s.implied;
  const reply = (): Decision => probability(s.status ? 'status-update' : 'implied-outcome');
  if (CHOICE_ONLY.test(s.text.trim())) return probability('choice');
  if (isReply(top.intent) && REOPEN.test(s.text)) return probability('reopen');
  // Reopening is a write: a status reported without any word of reopening is an update instead.
  if (top.intent === 'reopen' && s.status && !REOPEN_WORDS.test(s.text)) return reply();
  if (s.status && INSTRUCTION.test(s.text.trim()) && !isReply(top.intent)) return reply();
  const unsure = top.confidence < MIN_CONFIDENCE;
  if (reported && !asks(s) && (isQuestion(top.intent) || unsure || ['unknown', 'chit-chat', 'help'].includes(top.intent))) return reply();
  if (top.intent === 'status-update' && !s.status && s.implied) return reply();
  if (top.intent === 'implied-outcome' && s.status) return reply();
  if (unsure || s.knownWords === 0) return { intent: 'unknown', confidence: top.confidence };
  return top;
}
