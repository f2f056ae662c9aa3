import type { Action } from '../../domain/action';
import type { ReminderStage } from '../../domain/reminders';

/** One (action, stage) the reminder sweep found due, with the card's headline for that stage. */
export interface DueReminder {
  action: Action;
  stage: ReminderStage;
  headline: string;
}
