/**
 * What a chat message from a lead or an officer can mean (issue #16). Replies change the register;
 * questions only read it; the rest is conversation.
 */
export const REPLY_INTENTS = ['status-update', 'implied-outcome', 'undo', 'reopen'] as const;

export const QUESTION_INTENTS = [
  'question:overdue', 'question:due', 'question:open', 'question:status', 'question:needs-date',
  'question:awaiting-update', 'question:changed-since', 'question:unreachable-leads', 'question:history',
  'question:meeting', 'question:show-action', 'question:search',
] as const;

export const OTHER_INTENTS = ['chase', 'choice', 'digest', 'help', 'chit-chat', 'unknown'] as const;

export const INTENTS = [...REPLY_INTENTS, ...QUESTION_INTENTS, ...OTHER_INTENTS] as const;

/**
 * - `status-update`: a reply reporting a status ("3 complete", "January #2 slipping to end of March").
 * - `implied-outcome`: a reply whose verb only implies an outcome ("#8 sent the report to MOPAC"): ask, never record.
 * - `undo` / `reopen`: reverse the person's last update / reopen an action.
 * - `chase`: the secretariat's "chase MPS on action 19".
 * - `choice`: "the second one", answering Chaser's "which action?".
 * - `question:*`: a question over the register; `unknown`: not understood.
 */
export type IntentName = (typeof INTENTS)[number];

export function isReply(intent: IntentName): boolean {
  return (REPLY_INTENTS as readonly string[]).includes(intent);
}

export function isQuestion(intent: IntentName): boolean {
  return intent.startsWith('question:');
}
