import type { Action } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import type { BusinessCalendar } from '../domain/business-days';
import { addDays } from '../domain/calendar-date';
import { Clock, londonToday } from '../domain/clock';
import { ReminderPolicy, ReminderStage, escalationsFor, isSendWindowOpen, reminderFor, stageHeadline } from '../domain/reminders';
import type { Logger } from '../log';
import type { Store } from '../store/store';
import { ClaimedStage, claimStage, settleClaim } from './claims';
import type { Messenger } from './messenger';
import { RecipientBook, UnreachableLead } from './recipients';
import { notifySecretariat } from './notify-secretariat';
import { sendReminderCards } from './send-reminder-cards';

export interface SweepDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  log: Logger;
  messenger: Messenger;
  policy: ReminderPolicy;
  configAdmins: string[];
  /** Names this process in leases and claims. */
  instanceId: string;
  /** A claim older than this that never completed is taken over (the sender crashed). */
  claimTimeoutMs: number;
}

/** One (action, stage) the sweep found due. */
export interface DueReminder {
  action: Action;
  stage: ReminderStage;
  headline: string;
}

export interface SweepReport {
  today: string;
  skipped: string | null;
  reminders: Array<{ reference: string; stage: string; lead: string; recipients: string[]; outcome: string }>;
  escalations: Array<{ reference: string; stage: string; outcome: string }>;
  unreachable: UnreachableLead[];
}

/** Days ahead the sweep reads: 5 business days before due is at most 9 calendar days, plus holidays. */
const LOOKAHEAD_DAYS = 14;

/**
 * The reminder sweep: at 09:00 London on business days, find the stage due today for each open action
 * (reading only actions due within two weeks or overdue, from the due-date index), claim each
 * (action, stage) in the ledger so it is sent once, send one card per person listing their actions,
 * record the outcome, and tell the secretariat about escalations and leads nobody can be reached for.
 * `dryRun` lists what would be sent and writes nothing.
 */
export async function sendDueReminders(deps: SweepDeps, options: { dryRun?: boolean; force?: boolean } = {}): Promise<SweepReport> {
  const now = deps.clock.now();
  const today = londonToday(deps.clock);
  const report: SweepReport = { today, skipped: null, reminders: [], escalations: [], unreachable: [] };
  if (!options.force && !isSendWindowOpen(now, deps.calendar, deps.policy)) {
    report.skipped = `reminders go at ${String(deps.policy.sendHour).padStart(2, '0')}:${String(deps.policy.sendMinute).padStart(2, '0')} London time on business days`;
    return report;
  }
  if (!options.dryRun && !(await deps.store.leases.acquire('reminders', deps.instanceId, now, deps.claimTimeoutMs))) {
    report.skipped = 'another instance is sending reminders now';
    return report;
  }
  try {
    const candidates = await deps.store.actions.listOpenDue({ to: addDays(today, LOOKAHEAD_DAYS) });
    const due: DueReminder[] = [];
    for (const action of candidates) {
      const stage = reminderFor(action, today, deps.calendar, deps.policy);
      if (stage) due.push({ action, stage, headline: stageHeadline(stage, action.due!) });
    }
    const book = new RecipientBook(deps.store);
    const claimed: Array<ClaimedStage & DueReminder> = [];
    for (const item of due) {
      const recipients = await book.forLead(item.action);
      const names = recipients.map((r) => r.user.id);
      if (options.dryRun) {
        report.reminders.push({ reference: actionReference(item.action), stage: item.stage.key, lead: item.action.lead, recipients: names, outcome: 'would send' });
        continue;
      }
      const claim = await claimStage(deps, actionKey(item.action), item.stage.key, 'reminder', now);
      if (claim) claimed.push({ ...claim, ...item });
      else report.reminders.push({ reference: actionReference(item.action), stage: item.stage.key, lead: item.action.lead, recipients: names, outcome: 'already sent' });
    }
    const results = await sendReminderCards(claimed, book, deps);
    for (const { item, recipients } of results) {
      const settled = await settleClaim(deps, item, recipients);
      report.reminders.push({ reference: actionReference(item.action), stage: item.stage.key, lead: item.action.lead, recipients: Object.keys(recipients), outcome: settled });
    }
    const escalations = candidates.flatMap((action) => escalationsFor(action, today, deps.calendar, deps.policy).map((stage) => ({ action, stage })));
    book.recheck();
    report.unreachable = [...book.unreachable.values()];
    report.escalations = await notifySecretariat({ escalations, unreachable: report.unreachable, today, now, dryRun: Boolean(options.dryRun) }, book, deps);
    deps.log.info({ today, reminders: report.reminders.length, escalations: report.escalations.length, unreachable: report.unreachable.length }, 'reminder sweep done');
    return report;
  } finally {
    if (!options.dryRun) await deps.store.leases.release('reminders', deps.instanceId);
  }
}
