import { actionKey, actionReference } from '../../domain/action';
import type { RegisterLinks } from '../../cards/register-links';
import type { BusinessCalendar } from '../../domain/business-days';
import { addDays } from '../../domain/calendar-date';
import { Clock } from '../../domain/clock';
import { londonToday } from '../../domain/london-time';
import { ReminderPolicy, escalationsFor, isSendWindowOpen, reminderFor, stageHeadline } from '../../domain/reminders';
import type { Logger } from '../../log';
import type { Store } from '../ports';
import type { Messenger } from '../delivery/messenger';
import { RecipientBook, UnreachableLead } from '../delivery/recipients';
import { reminderCard } from '../../cards/reminder-card';
import { SkippedAction, logSkipped, screenActions } from '../skipped-actions';
import { notifySecretariat } from './notify-secretariat';
import { ReachParts, ReachReport, reachBeforeSweep } from '../reach/reach-before-sweep';
import { withReachNotes } from '../reach/reach-notes';
import { ReminderItem, mriOf, sendReminderCards } from './send-reminder-cards';
import type { DueReminder } from './due-reminder';

export interface SweepDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  log: Logger;
  messenger: Messenger;
  policy: ReminderPolicy;
  /** Names this process in leases and claims. */
  instanceId: string;
  /** A claim older than this that never completed is taken over (the sender crashed). */
  claimTimeoutMs: number;
  /** The directory and installer for the day's reach pass (src/app/reach/reach-before-sweep.ts); absent: no pass. */
  reach?: ReachParts;
  /** Where each action's "Open in the register" goes; absent: the cards carry none. */
  links?: RegisterLinks | null;
}

export interface SweepReport {
  today: string;
  skipped: string | null;
  reminders: Array<{ reference: string; stage: string; lead: string; recipients: string[]; outcome: string }>;
  escalations: Array<{ reference: string; stage: string; outcome: string }>;
  unreachable: UnreachableLead[];
  /** Actions left out because one of their values could not be handled (each with the reason); everyone else's reminders still go. */
  skippedActions: SkippedAction[];
  /** Counts of what happened, for the log: sent now, sent before, failed (retried later), held by another sender. */
  counts: { sent: number; alreadySent: number; failed: number; held: number };
  /** When some work was left to another sender or a lease: run again after this many ms (the same morning). */
  retryAfterMs: number | null;
  /** The day's reach pass (directory check, installations), when this sweep ran it. */
  reach?: ReachReport | null;
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
  const report: SweepReport = { today, skipped: null, reminders: [], escalations: [], unreachable: [], skippedActions: [], counts: { sent: 0, alreadySent: 0, failed: 0, held: 0 }, retryAfterMs: null };
  if (!options.force && !isSendWindowOpen(now, deps.calendar, deps.policy)) {
    report.skipped = `reminders go at ${String(deps.policy.sendHour).padStart(2, '0')}:${String(deps.policy.sendMinute).padStart(2, '0')} London time on business days`;
    return report;
  }
  if (!options.dryRun && !(await deps.store.leases.acquire('reminders', deps.instanceId, now, deps.claimTimeoutMs))) {
    const until = await deps.store.leases.expiresAt('reminders');
    report.skipped = `another instance is sending reminders now${until ? ` (its lease runs out at ${until.toISOString()})` : ''}`;
    report.retryAfterMs = until ? Math.max(1000, until.getTime() - now.getTime() + 1000) : deps.claimTimeoutMs;
    deps.log.info({ retryAfterMs: report.retryAfterMs }, 'reminder sweep skipped: another instance holds the lease; will run again when it runs out');
    return report;
  }
  if (!options.dryRun && deps.store.actions.indexLagging()) await deps.store.actions.repairIndex();
  try {
    if (!options.dryRun && deps.reach) report.reach = await reachBeforeSweep({ ...deps, reach: deps.reach });
    const listed = await deps.store.actions.listOpenDue({ to: addDays(today, LOOKAHEAD_DAYS) });
    const book = new RecipientBook(deps.store);
    // Everything that reads one action is tried here, action by action: one bad action is left out and
    // reported, and the sweep goes on for everyone else.
    const screened = await screenActions(listed, async (action) => {
      const stage = reminderFor(action, today, deps.calendar, deps.policy);
      const escalations = escalationsFor(action, today, deps.calendar, deps.policy);
      const headline = stage ? stageHeadline(stage, action.due!) : '';
      if (stage) {
        await book.forLead(action);
        reminderCard({ title: '', subtitle: '', items: [{ action, headline, overdue: stage.businessDaysOverdue > 0 }], refreshUserIds: [] });
      }
      return { stage, escalations, headline };
    });
    report.skippedActions = screened.skipped;
    logSkipped(deps.log, 'reminder sweep', screened.skipped);
    const candidates = screened.kept.map((k) => k.action);
    const due: DueReminder[] = screened.kept.flatMap(({ action, value }) => (value.stage ? [{ action, stage: value.stage, headline: value.headline }] : []));
    if (options.dryRun) {
      for (const item of due) {
        const names = (await book.forLead(item.action)).map((r) => r.user.id);
        report.reminders.push({ reference: actionReference(item.action), stage: item.stage.key, lead: item.action.lead, recipients: names, outcome: 'would send' });
      }
    } else {
      const items: ReminderItem[] = due.map((d) => ({ ...d, scope: actionKey(d.action), stageKey: d.stage.key, kind: 'reminder' as const }));
      const results = await sendReminderCards(items, book, { ...deps, secretariatMris: await secretariatMris(deps, book) });
      for (const [item, recipients] of results) {
        const outcome = summarise(Object.values(recipients));
        count(report, Object.values(recipients));
        report.reminders.push({ reference: actionReference(item.action), stage: item.stage.key, lead: item.action.lead, recipients: Object.keys(recipients), outcome });
      }
    }
    const escalations = screened.kept.flatMap(({ action, value }) => value.escalations.map((stage) => ({ action, stage })));
    book.recheck();
    report.unreachable = withReachNotes([...book.unreachable.values()], report.reach);
    const toConfirm = candidates.filter((a) => a.flags.includes('ambiguous'));
    report.escalations = await notifySecretariat({ escalations, unreachable: report.unreachable, toConfirm, today, dryRun: Boolean(options.dryRun) }, book, deps);
    if (report.counts.held) report.retryAfterMs = deps.claimTimeoutMs + 1000;
    deps.log.info({ today, ...report.counts, escalations: report.escalations.length, unreachable: report.unreachable.length, skipped: report.skippedActions.length, actions: report.reminders }, 'reminder sweep done');
    return report;
  } finally {
    if (!options.dryRun) await deps.store.leases.release('reminders', deps.instanceId);
  }
}

/** One word for an item over its recipients: sent when everyone reachable has it now. */
function summarise(states: string[]): string {
  if (!states.length) return 'unreachable';
  if (states.every((s) => s === 'already sent')) return 'already sent';
  if (states.includes('held')) return 'held';
  if (states.includes('failed')) return 'failed';
  if (states.includes('sent') || states.includes('already sent')) return 'sent';
  return states[0]!;
}

function count(report: SweepReport, states: string[]): void {
  for (const s of states) {
    if (s === 'sent') report.counts.sent++;
    else if (s === 'already sent') report.counts.alreadySent++;
    else if (s === 'held') report.counts.held++;
    else if (s === 'failed') report.counts.failed++;
  }
}

/** The secretariat's Teams MRIs (from their personal chats), so reminder cards refresh for them too. */
async function secretariatMris(deps: SweepDeps, book: RecipientBook): Promise<string[]> {
  const admins = await deps.store.admins.list();
  return (await Promise.all(admins.map(async (a) => mriOf(await book.person(a.id))))).filter((m): m is string => Boolean(m));
}
