import { ActionSelector, Intent, Interpretation, QueryFilters, QuestionContext } from './types';
import { findSelector } from './action-selector';
import { blank, normalise } from './chat-text';
import { readDueRange } from './due-range';
import { asksAboutOwn, findLead } from './leads';
import { searchCue, topicOf } from './search-text';
import { statusesIn } from './status-words';
import { suggestQuestions } from './suggestions';

const HELP = /^(?:help\b.*|h|\?*|what (?:can|do) (?:you|chaser|i) do|what can i (?:ask|say)(?: you)?|how (?:does (?:this|it|chaser) work|do i (?:use (?:this|you|it|chaser)|ask))|commands|usage|menu|options|instructions|hi|hello|hey)(?: (?:me|please|chaser))?$/;
/** A bare "summary" is the digest, but "a summary of what's overdue" is a question about overdue actions. */
const DIGEST = /\b(?:digest|(?:weekly|rag|dcdg) (?:summary|report|update))\b|^(?:(?:send|give|show) me )?(?:the |a )?summary(?: please)?$/;
const NEEDS_DATE = /\b(?:needs?|without|no|missing|lacking|lacks?|has no|have no|set) (?:a |an |any )?(?:due |target )?(?:dates?|deadlines?)\b|\bneeds? dating\b|\bundated\b|\bdateless\b/;
const OVERDUE = /\b(?:overdue|late|past (?:due|(?:the |their |its )?deadlines?)|missed (?:the |their |its )?(?:deadlines?|due dates?)|behind(?: schedule)?|slipped)\b/;
const DUE = /\b(?:due|deadlines?|coming up|upcoming)\b/;
const OPEN = /\b(?:open|outstanding|pending|owe|owes|to ?do|doing|working on|up to|responsible for|leading|incomplete|unfinished|not (?:yet )?(?:complete|completed|done|finished|closed)|on (?:my|their|his|her) plate|live)\b|\b(?:all|list(?: all)?) (?:the |my |of )?actions\b/;
/** Asking after a number with no "action" or "#": "what's the latest on 3", "progress on 12", "5?". */
const ABOUT_NUMBER = /\b(?:latest|update|news|progress|details?|info(?:rmation)?|status|show|tell me about|what about|where are we)(?: (?:on|of|for|about|with))? #?(\d{1,3})(?![\w/.:]| (?:days?|weeks?|months?|actions?)\b)/;

function answer(intent: Intent, filters: QueryFilters = {}, suggestions: string[] = []): Interpretation {
  return { intent, filters, suggestions };
}

function selectorIn(clean: string, lower: string, codes: string[]): ActionSelector | null {
  const found = findSelector(clean, codes, false);
  if (found) return 'selector' in found ? found.selector : { number: found.number };
  const n = ABOUT_NUMBER.exec(lower) ?? /^#?(\d{1,3})$/.exec(lower);
  return n ? { number: Number(n[1]) } : null;
}

/**
 * What a question typed in chat asks for. Explicit requests (help, an action, the digest) win; then
 * the first of needs-date, overdue, due, status, search and open whose words appear, with every
 * filter the question names kept whatever the intent. Words after a search cue are the topic only.
 */
export function interpretQuestion(text: string, context: QuestionContext): Interpretation {
  const clean = normalise(text);
  const lower = clean.toLowerCase().replace(/[\s?!.]+$/, '');
  if (HELP.test(lower)) return answer('help');
  const action = selectorIn(clean, lower, context.knownBoardCodes);
  if (action) return answer('show-action', { action });
  if (DIGEST.test(lower)) return answer('digest');

  const lead = findLead(clean, context.knownLeads, context.knownBoardCodes);
  const rest = lead ? blank(clean, lead.index, lead.end) : clean;
  const cue = searchCue(rest);
  const asked = (cue ? rest.slice(0, cue.index) : rest).toLowerCase();
  const statuses = statusesIn(asked);
  const filters: QueryFilters = {
    ...(lead ? { lead: lead.lead } : {}),
    ...(asksAboutOwn(asked) ? { mine: true } : {}),
    ...(statuses.length ? { statuses } : {}),
    ...(cue ? { text: cue.topic } : {}),
  };

  if (NEEDS_DATE.test(asked)) return answer('needs-date', filters);
  // "Overdue" already fixes the window (due before today), so dates beside it are not read.
  if (OVERDUE.test(asked)) return answer('overdue', { ...filters, overdue: true });
  const range = readDueRange(asked, context.today);
  // "What's due" with no period means what is still to come.
  if (range || DUE.test(asked)) return answer('due', { ...filters, ...(range ?? { dueFrom: context.today }) });
  if (statuses.length) return answer('status', filters);
  if (cue) return answer('search', filters);
  if (OPEN.test(asked)) return answer('open', filters);
  // No cue, but "handcuffing actions" or "MPS strip search" still name a topic; bare unknown words do not.
  const topic = topicOf(rest);
  if (topic && (lead || /\bactions?\b/i.test(rest))) return answer('search', { ...filters, text: topic });
  if (lead || filters.mine) return answer('open', filters);
  return answer('unknown', {}, suggestQuestions(clean));
}
