import { IntentName, isQuestion } from './intents';
import { StatusFound } from './status-words';

/** Below this probability the classifier's guess is not trusted: `unknown` (the fallback may try). */
export const MIN_CONFIDENCE = 0.35;

/** Ways a question starts; a report never does ("done - sent the data" is not a question). */
const ASKING = /^(?:what|whats|what's|which|who|whose|when|where|why|how|is|are|was|were|has|have|had|any|anything|show|list|tell|give|can|could|would|do|does|did|find|search|look)\b/i;
/** "red actions", "the amber ones": a status used to pick actions, as in a question. */
const STATUS_AS_FILTER = /^\s*(?:actions?|items?|ones?|for\b|list)/i;

/** What the safety rules look at. */
export interface Signals {
  text: string;
  status: StatusFound | null;
  implied: boolean;
}

function asks(s: Signals): boolean {
  if (s.text.trim().endsWith('?') || ASKING.test(s.text.trim())) return true;
  return !!s.status && STATUS_AS_FILTER.test(s.text.slice(s.status.end));
}

/**
 * The intent, after the rules no classifier may break (issue #16): a message that reports a status
 * or an outcome and is not asked as a question is a reply, never a question; a reply with a status
 * word is a status update, one with only an implied outcome is not; an unsure guess is `unknown`.
 */
export function decideIntent(ranked: { intent: IntentName; confidence: number }[], s: Signals): { intent: IntentName; confidence: number } {
  const top = ranked[0]!;
  const probability = (i: IntentName) => ranked.find((r) => r.intent === i)?.confidence ?? 0;
  const reported = !!s.status || s.implied;
  const reply = (): { intent: IntentName; confidence: number } => {
    const intent: IntentName = s.status ? 'status-update' : 'implied-outcome';
    return { intent, confidence: probability(intent) };
  };
  if ((isQuestion(top.intent) || top.intent === 'unknown' || top.intent === 'chit-chat') && reported && !asks(s)) return reply();
  if (top.intent === 'status-update' && !s.status && s.implied) return reply();
  if (top.intent === 'implied-outcome' && s.status) return reply();
  if (top.confidence < MIN_CONFIDENCE) return { intent: 'unknown', confidence: top.confidence };
  return top;
}
