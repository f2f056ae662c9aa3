import { DIGEST_VERBS } from './digest-verbs';

/** Card verbs: shared by the templates' Action.Execute buttons and the routes that handle them. */
export const VERBS = {
  submitStatus: 'status.submit',
  refreshReminder: 'reminder.refresh',
} as const;

/** Ids of one action's inputs on a card (several actions can share a card). */
export function inputIds(actionKey: string): { status: string; text: string; due: string } {
  return { status: `status_${actionKey}`, text: `text_${actionKey}`, due: `due_${actionKey}` };
}

/** Verbs of the answer cards. */
export const ANSWER_VERBS = {
  /** Data `{ action: key, historyFrom?: string }`: the action in full, its history from that entry on. */
  showAction: 'action.show',
  /** Data `{ question, page }`: the next page of a list answer. */
  more: 'answer.more',
  /** Data {@link FullTextRequest}: a text a card had to shorten, in full (see full-text-card.ts). */
  fullText: 'action.fulltext',
} as const;

/** Verbs of the chat cards: "which action?", "mark it complete?", and undo on a recorded update. */
export const CHAT_VERBS = {
  /** Data `{ pending, action: key }`: record the pending reply on this action. */
  choose: 'reply.choose',
  /** Data `{ pending }`: drop the pending reply; nothing is recorded. */
  cancel: 'reply.cancel',
  /** Data `{ action, at }`: reverse that update (the presser's) with a new history entry. */
  undo: 'update.undo',
} as const;

/** Verbs of the secretariat's "Chase now" control (on the action detail, the overdue list and the escalation notice). */
export const CHASE_VERBS = {
  /**
   * Data `{ action: key, view: 'detail' | 'list' | 'notice' }` and the note input ({@link chaseNoteId}): the lead
   * gets the reminder card now. `detail` answers with the action's card showing the outcome; the others with a sentence.
   */
  chase: 'action.chase',
} as const;

/** Id of the secretariat's line on a "Chase now" control, one per action (a list carries several). */
export function chaseNoteId(actionKey: string): string {
  return `chaseNote_${actionKey}`;
}

/** Verbs of the import preview card. */
export const IMPORT_VERBS = {
  confirm: 'import.confirm',
  cancel: 'import.cancel',
  /** Data `{ id }`: take that import back (src/app/imports/undo-import.ts). */
  undo: 'import.undo',
  /** Data `{ id, board?, meetingDate? }`: plan the held document again with what the secretariat gave. */
  reread: 'import.reread',
} as const;

/** Every verb a card may send; the bot must route each one (a test renders every card against this list). */
export const ALL_CARD_VERBS: readonly string[] = [
  ...Object.values(VERBS), ...Object.values(ANSWER_VERBS), ...Object.values(IMPORT_VERBS), ...Object.values(DIGEST_VERBS), ...Object.values(CHAT_VERBS),
  ...Object.values(CHASE_VERBS),
];
