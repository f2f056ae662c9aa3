import type { IsoDate } from '../calendar-date';

export type StageKind = 'coming-up' | 'due-tomorrow' | 'due-today' | 'overdue';

/** One reminder to send: which stage it is (for the once-only ledger) and today's facts for the wording. */
export interface ReminderStage {
  kind: StageKind;
  /**
   * Stable id for the (action, stage) ledger. It starts with the due date, so a revised date
   * gives fresh stages: "2022-05-13:coming-up", "2022-05-13:due-today", "2022-05-13:overdue-10".
   */
  key: string;
  /** The business day this stage was scheduled for (earlier than today when caught up). */
  scheduledFor: IsoDate;
  /** Wording facts computed for TODAY, not the scheduled day (a caught-up stage is worded as things stand). */
  businessDaysUntilDue: number;
  businessDaysOverdue: number;
  calendarDaysOverdue: number;
}

/** A stage before its facts are filled in. */
export type ScheduledStage = Pick<ReminderStage, 'kind' | 'key' | 'scheduledFor'>;
