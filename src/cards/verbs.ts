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
  showAction: 'action.show',
  more: 'answer.more',
} as const;

/** Verbs of the import preview card. */
export const IMPORT_VERBS = {
  confirm: 'import.confirm',
  cancel: 'import.cancel',
} as const;
