import { lastUpdateText } from '../cards/action-view';
import { secretariatCard } from '../cards/secretariat-card';
import type { Action } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import type { EscalationStage } from '../domain/reminders';
import { normaliseLead } from '../domain/lead';
import type { RecipientState } from '../store/reminder-ledger';
import { ClaimedStage, claimStage, settleClaim } from './claims';
import type { RecipientBook, UnreachableLead } from './recipients';
import type { SweepDeps } from './send-due-reminders';

interface Notice {
  claim: ClaimedStage;
  escalation?: { action: Action; stage: EscalationStage };
  unreachable?: UnreachableLead;
}

/**
 * Tells the secretariat, once per stage: actions overdue by 10+ business days or marked red, and leads
 * nobody can be reached for (once a day per lead). One card per admin who has Chaser installed.
 */
export async function notifySecretariat(
  input: { escalations: Array<{ action: Action; stage: EscalationStage }>; unreachable: UnreachableLead[]; today: string; now: Date; dryRun: boolean },
  book: RecipientBook,
  deps: SweepDeps,
): Promise<Array<{ reference: string; stage: string; outcome: string }>> {
  const report = input.escalations.map(({ action, stage }) => ({ reference: actionReference(action), stage: stage.key, outcome: 'would send' }));
  if (input.dryRun) return report;
  const notices: Notice[] = [];
  for (const escalation of input.escalations) {
    const claim = await claimStage(deps, actionKey(escalation.action), escalation.stage.key, 'escalation', input.now);
    if (claim) notices.push({ claim, escalation });
  }
  for (const lead of input.unreachable) {
    const claim = await claimStage(deps, `lead:${normaliseLead(lead.lead)}`, `unreachable:${input.today}`, 'escalation', input.now);
    if (claim) notices.push({ claim, unreachable: lead });
  }
  if (!notices.length) return report.map((r) => ({ ...r, outcome: 'already sent' }));

  const admins = [...new Set([...deps.configAdmins, ...(await deps.store.admins.list()).map((a) => a.id)])];
  const states: Record<string, RecipientState> = {};
  const card = secretariatCard({
    title: 'For the secretariat',
    subtitle: `Reminder sweep of ${input.today}: ${count(notices.filter((n) => n.escalation).length, 'escalation', 'escalations')}, ${count(notices.filter((n) => n.unreachable).length, 'lead', 'leads')} not reachable.`,
    escalations: notices.flatMap((n) => (n.escalation ? [{
      reference: actionReference(n.escalation.action), lead: n.escalation.action.lead, text: n.escalation.action.text,
      why: n.escalation.stage.reason === 'red' ? 'marked red (off track)' : `overdue by ${n.escalation.stage.businessDaysOverdue} business days`,
      lastUpdate: lastUpdateText(n.escalation.action),
    }] : [])),
    unreachable: notices.flatMap((n) => (n.unreachable ? [n.unreachable] : [])),
  });
  for (const admin of admins) {
    const conversation = await book.person(admin);
    if (!conversation || conversation.blockedAt) {
      states[admin] = conversation ? 'blocked' : 'unreachable';
      continue;
    }
    const result = await deps.messenger.send(conversation, { text: 'Chaser: escalations for the secretariat', card });
    states[admin] = result.ok ? 'sent' : result.blocked ? 'blocked' : 'failed';
  }
  if (!admins.length) deps.log.warn('no secretariat users are configured (CHASER_ADMINS or chaser admins add): escalations cannot be delivered');
  const outcomes = new Map<string, string>();
  for (const notice of notices) {
    const outcome = await settleClaim(deps, notice.claim, states, admins.length ? null : 'no secretariat users are configured');
    if (notice.escalation) outcomes.set(notice.claim.stageKey + notice.claim.scope, outcome);
  }
  return input.escalations.map(({ action, stage }) => ({
    reference: actionReference(action), stage: stage.key, outcome: outcomes.get(stage.key + actionKey(action)) ?? 'already sent',
  }));
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
