import { Interpretation, Intent, QueryFilters } from '../chat/types';
import { suggestQuestions } from '../chat/suggestions';
import { IntentName } from './intents';
import { ActionMention, Understanding } from './types';

/** The questions the existing query functions already answer, by the name they have there. */
const EXISTING: Partial<Record<IntentName, Intent>> = {
  'question:overdue': 'overdue',
  'question:due': 'due',
  'question:open': 'open',
  'question:status': 'status',
  'question:needs-date': 'needs-date',
  'question:show-action': 'show-action',
  'question:search': 'search',
  help: 'help',
  digest: 'digest',
  unknown: 'unknown',
};

/** "show action 42/9", "action 4.01?", "details of ref BCFU-07": the whole message asks for one action by a reference with a digit. */
const SHOW_TYPED_REF = /^\s*(?:(?:please\s+)?(?:show(?:\s+me)?|open|find|details\s+of|what\s+about|what'?s|what\s+is)\s+)?(?:the\s+)?(?:action|item|ref(?:erence)?)\s*#?\s*((?=[^\s?!,;]*\d)[^\s?!,;]+)\s*[?.!]?\s*$/i;

/**
 * For a question (PRODUCT.md: the latest meeting stands for questions, the others are offered), the
 * action as the chat query functions take it: its number and the most likely meeting.
 */
function selectorOf(mention: ActionMention): QueryFilters['action'] | undefined {
  if (mention.number === undefined) return undefined;
  const meeting = mention.meetings[0];
  if (mention.meetingDate || (mention.meetingWords && meeting)) {
    const m = meeting ?? { boardCode: mention.boardCode!, meetingDate: mention.meetingDate! };
    return { number: mention.number, boardCode: m.boardCode, meetingDate: m.meetingDate };
  }
  return mention.boardCode ? { number: mention.number, boardCode: mention.boardCode } : { number: mention.number };
}

/**
 * The understanding of a question as the existing chat `Interpretation` (src/domain/chat), so the
 * answer flow can serve it unchanged; null for what it does not answer yet (replies, chase, and the
 * new questions: awaiting-update, changed-since, unreachable-leads, history, meeting). A board
 * reference ("what's 42/20") names its action, looked up as the board wrote it.
 */
export function toInterpretation(u: Understanding, typed: string): Interpretation | null {
  // "show action 42/9" for a reference the recognisers do not know (a closed action): looked up as typed.
  const shown = SHOW_TYPED_REF.exec(typed)?.[1]?.replace(/[.]+$/, '');
  if (!u.entities.actions.length && shown && !/^\d+$/.test(shown)) return { intent: 'show-action', filters: { action: { number: 0, ref: shown } }, suggestions: [] };
  const intent = EXISTING[u.intent];
  if (!intent) return null;
  const e = u.entities;
  const filters: QueryFilters = {
    ...(e.lead ? { lead: e.lead } : {}),
    ...(e.mine ? { mine: true } : {}),
    // "anything late for MOPAC": a status word in an overdue or due question describes it, it does not filter it.
    ...(e.statuses?.length && (intent === 'status' || intent === 'open') ? { statuses: e.statuses } : {}),
    ...(e.dueRange ?? {}),
    ...(e.overdue || intent === 'overdue' ? { overdue: true } : {}),
    ...(e.subjectWords && intent === 'search' ? { text: e.subjectWords } : {}),
  };
  // A search with nothing to search for ("5th" with no question open) is not understood, not a list of everything.
  if (intent === 'search' && !e.subjectWords) return null;
  if (intent === 'show-action') {
    const [mention] = e.actions;
    const action = mention ? selectorOf(mention) : undefined;
    if (action) return { intent, filters: { action }, suggestions: [] };
    if (mention?.reference) {
      const meeting = mention.boardCode ? { boardCode: mention.boardCode, ...(mention.meetingDate ? { meetingDate: mention.meetingDate } : {}) } : {};
      return { intent, filters: { action: { number: 0, ref: mention.reference, ...meeting } }, suggestions: [] };
    }
    return null;
  }
  return { intent, filters: intent === 'help' || intent === 'digest' ? (e.lead ? { lead: e.lead } : {}) : filters, suggestions: intent === 'unknown' ? suggestQuestions(typed) : [] };
}
