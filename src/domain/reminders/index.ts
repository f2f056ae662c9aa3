/** The pure reminder and escalation policy: docs/product-rules.md "Reminders". */
export { DEFAULT_REMINDER_POLICY } from './policy';
export type { ReminderPolicy } from './policy';
export type { ReminderStage, StageKind } from './stage';
export { reminderFor } from './reminder-for';
export { escalationsFor } from './escalations';
export type { EscalationStage } from './escalations';
export { isSendWindowOpen } from './send-window';
export { stageHeadline } from './headline';
