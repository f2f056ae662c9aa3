import { lastUpdateText } from '../../cards/action-view';
import { secretariatCards } from '../../cards/secretariat-card';
import type { Action } from '../../domain/action';
import { actionKey, actionReference } from '../../domain/action';
import type { EscalationStage } from '../../domain/reminders';
import { normaliseLead } from '../../domain/lead';
import { Delivery, DeliveryDeps, deliverOnce } from '../delivery/deliver-once';
import type { RecipientBook, UnreachableLead } from '../delivery/recipients';

/** One thing the secretariat must hear of: an escalation, or a lead nobody can be reached for. */
interface Notice extends Delivery {
  escalation?: { action: Action; stage: EscalationStage };
  unreachable?: UnreachableLead;
  /** A due date that reads two ways: no reminder goes until the secretariat confirms it. */
  toConfirm?: Action;
}

/**
 * Tells the secretariat, once per stage and admin: actions overdue by 10+ business days or marked red (each
 * with "Chase now"), and leads nobody can be reached for (once a day per lead). One card per admin with Chaser installed,
 * through the same deliver-once protocol as the reminders (a 403 marks that admin blocked).
 */
export async function notifySecretariat(
  input: { escalations: Array<{ action: Action; stage: EscalationStage }>; unreachable: UnreachableLead[]; toConfirm?: Action[]; today: string; dryRun: boolean },
  book: RecipientBook,
  deps: DeliveryDeps,
): Promise<Array<{ reference: string; stage: string; outcome: string }>> {
  if (input.dryRun) return input.escalations.map(({ action, stage }) => ({ reference: actionReference(action), stage: stage.key, outcome: 'would send' }));
  const notices: Notice[] = [
    ...input.escalations.map((escalation): Notice => ({ scope: actionKey(escalation.action), stageKey: escalation.stage.key, kind: 'escalation', escalation })),
    ...input.unreachable.map((lead): Notice => ({ scope: `lead:${normaliseLead(lead.lead)}`, stageKey: `unreachable:${input.today}`, kind: 'notice', unreachable: lead })),
    ...(input.toConfirm ?? []).map((action): Notice => ({ scope: actionKey(action), stageKey: `confirm-date:${action.due ?? 'none'}`, kind: 'notice', toConfirm: action })),
  ];
  const admins = (await deps.store.admins.list()).map((a) => a.id);
  if (!admins.length && notices.length) deps.log.warn('no secretariat users are configured (CHASER_ADMINS or chaser admins add): escalations cannot be delivered');
  const outcomes = new Map<Notice, string[]>();
  for (const admin of admins) {
    const results = await deliverOnce(deps, { id: admin, conversation: await book.person(admin) }, notices, (claimed) => noticeMessages(claimed, input.today));
    for (const [notice, state] of results) outcomes.set(notice, [...(outcomes.get(notice) ?? []), state]);
  }
  return notices.flatMap((n) => (n.escalation ? [{
    reference: actionReference(n.escalation.action), stage: n.escalation.stage.key, outcome: summary(outcomes.get(n) ?? []),
  }] : []));
}

/**
 * The notice as few cards as Teams' size allows. The claims are settled with the last card, so a crash
 * part-way repeats the notice rather than losing its end.
 */
function noticeMessages(notices: Notice[], today: string) {
  const text = 'Chaser: escalations for the secretariat';
  const cards = secretariatCards({
    title: 'For the secretariat',
    subtitle: `Reminder sweep of ${today}: ${count(notices.filter((n) => n.escalation).length, 'escalation', 'escalations')}, ${count(notices.filter((n) => n.unreachable).length, 'lead', 'leads')} not reachable.`,
    escalations: notices.flatMap((n) => (n.escalation ? [{
      reference: actionReference(n.escalation.action), lead: n.escalation.action.lead, text: n.escalation.action.text,
      why: n.escalation.stage.reason === 'red' ? 'marked red (off track)' : `overdue by ${n.escalation.stage.businessDaysOverdue} business days`,
      lastUpdate: lastUpdateText(n.escalation.action),
      chase: n.escalation.action,
    }] : n.toConfirm ? [{
      reference: actionReference(n.toConfirm), lead: n.toConfirm.lead, text: n.toConfirm.text,
      why: `its timing "${n.toConfirm.timing}" reads two ways, so no reminder goes until the date is confirmed (read as ${n.toConfirm.due ?? 'no date'})`,
      lastUpdate: lastUpdateText(n.toConfirm),
    }] : [])),
    unreachable: notices.flatMap((n) => (n.unreachable ? [n.unreachable] : [])),
  }, text);
  return cards.map((card, i) => ({ items: i === cards.length - 1 ? notices : [], message: { text, card } }));
}

function summary(states: string[]): string {
  if (!states.length) return 'failed';
  if (states.every((s) => s === 'already sent')) return 'already sent';
  return states.includes('sent') ? 'sent' : states.includes('already sent') ? 'already sent' : states[0]!;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
