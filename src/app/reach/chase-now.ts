import type { Action } from '../../domain/action';
import { actionKey, actionReference } from '../../domain/action';
import type { ActionUpdate, UpdateSource } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import { normaliseLead } from '../../domain/lead';
import { dayAndMonth } from '../../domain/reminders/headline';
import type { ActionSelector } from '../../domain/chat';
import { londonTimeText, londonToday } from '../../domain/london-time';
import { MAX_CHASE_NOTE, chaseOn, mayBeChased } from '../../domain/chase';
import { reminderCards } from '../../cards/reminder-card';
import { InvalidInputError, StaleRecordError } from '../../errors';
import { requireSecretariat } from '../access/require-secretariat';
import type { RegisterLinks } from '../../cards/register-links';
import { Delivery, DeliveryDeps, DeliveryOutcome, deliverOnce } from '../delivery/deliver-once';
import { RecipientBook } from '../delivery/recipients';
import { findAction } from '../questions/find-action';
import { mriOf } from '../reminders/send-reminder-cards';

/**
 * What a chase needs: deliverOnce's deps (store, messenger, clock, log, who this sender is), and where the
 * card's "Open in the register" goes (absent: the card carries none).
 */
export type ChaseDeps = DeliveryDeps & { links?: RegisterLinks | null };

/** The sending half of {@link ChaseDeps}, for callers (chat) that already have the store, clock and log. */
export type ChaseSender = Pick<ChaseDeps, 'messenger' | 'instanceId' | 'claimTimeoutMs' | 'links'>;

/** "Chase MPS on action 19 — the board meets on Thursday". */
export interface ChaseRequest {
  action: ActionSelector;
  /** The secretariat's line shown on the card; empty or absent for none. */
  note?: string | null;
  /** The lead the secretariat named ("chase MPS on 19"): refused when the action is another lead's. */
  lead?: string | null;
  source: UpdateSource;
}

/**
 * How a chase ended:
 * - `chased`: the card went to at least one of the lead's people (`sentTo`, their ids; `names`, as people read
 *   them) at `at`, by `byName`, with the secretariat's `note` ('' for none); `missed` names those it did not reach and why;
 * - `already-chased`: this action was chased earlier the same London day (`at`, by `byName`): nothing sent;
 * - `complete`: the action is complete (proposed for closure or closed): nothing to chase, nothing sent;
 * - `unreachable`: nobody mapped to the lead can be reached (`reason`): nothing sent, nothing recorded;
 * - `failed`: every send failed (Teams refused or timed out): nothing recorded, try again later;
 * - `not-found`: no such action;
 * - `ambiguous`: the number (without its meeting) names actions of several meetings: nothing sent; say which.
 * `message` is a sentence for the secretariat (chat and CLI show it as it is).
 */
export type ChaseResult =
  | { kind: 'chased'; action: Action; at: string; byName: string; sentTo: string[]; names: string[]; note: string; missed: Array<{ id: string; outcome: DeliveryOutcome }>; message: string }
  | { kind: 'already-chased'; action: Action; at: string; byName: string; message: string }
  | { kind: 'complete'; action: Action; message: string }
  | { kind: 'unreachable'; action: Action; reason: string; message: string }
  | { kind: 'failed'; action: Action; outcomes: Record<string, DeliveryOutcome>; message: string }
  | { kind: 'not-found'; message: string }
  | { kind: 'ambiguous'; candidates: Action[]; message: string };

type ChaseItem = Delivery & { action: Action };

/**
 * Chase now (issue #21): the secretariat sends the lead's people the reminder card for one action at once,
 * with an optional line of its own, outside the 09:00 sweep. Delivered through the deliver-once ledger
 * (kind `chase`, stage `chase:<London date>`: a crash or a double press never sends twice) and recorded in
 * the action's history as `chased` once at least one person has the card. A second chase of the same action
 * the same London day is refused with the time of the first; a complete action is not chased. Secretariat
 * only, whichever way it comes (chat, card, tab, CLI: `source`).
 * @throws NotAllowedError (not the secretariat); InvalidInputError (note too long)
 */
export async function chaseNow(request: ChaseRequest, actor: Actor, deps: ChaseDeps): Promise<ChaseResult> {
  await requireSecretariat(actor, deps, 'chase a lead now');
  const note = (request.note ?? '').replace(/\s+/g, ' ').trim();
  if (note.length > MAX_CHASE_NOTE) throw new InvalidInputError(`The line for the lead is ${note.length} characters; the limit is ${MAX_CHASE_NOTE}. Nothing was sent.`);
  const today = londonToday(deps.clock);
  const found = await findAction(request.action, deps.store, today);
  if (!found) return { kind: 'not-found', message: `There is no action ${request.action.ref ?? request.action.number} in the register, so nobody was chased.` };
  // A chase sends a card: never on a guess between meetings (a lead's name can settle it).
  const fits = [found.action, ...found.others].filter((a) => !request.lead || normaliseLead(request.lead) === normaliseLead(a.lead));
  if (fits.length > 1) {
    return { kind: 'ambiguous', candidates: fits, message: `There is an action ${request.action.ref ?? request.action.number} in ${fits.length} meetings: ${fits.map(actionReference).join(', ')}. Nobody was chased; say which, e.g. chase "${actionReference(fits[0]!)}".` };
  }
  if (fits.length === 1) found.action = fits[0]!;
  const { action } = found;
  if (request.lead && normaliseLead(request.lead) !== normaliseLead(action.lead)) {
    throw new InvalidInputError(`${actionReference(action)} is ${action.lead || 'nobody'}'s, not ${request.lead}'s, so nobody was chased. Give the action's full reference if you meant another meeting's.`);
  }
  if (!mayBeChased(action)) return { kind: 'complete', action, message: `${actionReference(action)} is complete, so there is nothing to chase and nobody was chased.` };
  const earlier = chaseOn(await deps.store.actions.history(action), today);
  if (earlier) {
    return { kind: 'already-chased', action, at: earlier.at, byName: earlier.byName, message: `${actionReference(action)} was already chased today at ${londonTimeText(earlier.at)} (by ${earlier.byName}), so I did not send it again. Chase it again tomorrow, or wait for the next reminder.` };
  }
  const book = new RecipientBook(deps.store);
  const recipients = await book.forLead(action);
  const unreachable = book.unreachable.get(action.lead || '(no lead)');
  if (unreachable) return { kind: 'unreachable', action, reason: unreachable.reason, message: `I could not chase ${actionReference(action)}: ${unreachable.reason}. Nothing was sent or recorded.` };
  const item: ChaseItem = { action, scope: actionKey(action), stageKey: `chase:${today}`, kind: 'chase' };
  const secretariat = await Promise.all((await deps.store.admins.list()).map(async (a) => mriOf(await book.person(a.id))));
  const outcomes: Record<string, DeliveryOutcome> = {};
  for (const recipient of recipients) {
    const mris = [mriOf(recipient.conversation), ...secretariat].filter((m): m is string => Boolean(m));
    const result = await deliverOnce(deps, { id: recipient.user.id, conversation: recipient.conversation }, [item], (claimed) => chaseCards(claimed, note, today, mris, deps.links));
    outcomes[recipient.user.id] = result.get(item) ?? 'unreachable';
  }
  // Only the caller whose send went out records the chase: a second press at the same moment finds the
  // card claimed ('held') or sent ('already sent') by the first, and is told so.
  const sentTo = Object.keys(outcomes).filter((id) => outcomes[id] === 'sent');
  const missed = Object.entries(outcomes).filter(([, o]) => o !== 'sent' && o !== 'already sent' && o !== 'held').map(([id, outcome]) => ({ id, outcome }));
  if (!sentTo.length && Object.values(outcomes).some((o) => o === 'already sent' || o === 'held')) {
    const other = chaseOn(await deps.store.actions.history(action), today);
    const when = other ? ` at ${londonTimeText(other.at)} (by ${other.byName})` : ' at this moment by someone else';
    return { kind: 'already-chased', action, at: other?.at ?? deps.clock.now().toISOString(), byName: other?.byName ?? '', message: `${actionReference(action)} was already chased today${when}, so I did not send it again.` };
  }
  if (!sentTo.length) return { kind: 'failed', action, outcomes, message: `I could not deliver the chase for ${actionReference(action)} (${missed.map((m) => `${m.id}: ${m.outcome}`).join('; ')}). Nothing was recorded; ${missed.every((m) => m.outcome === 'blocked') ? 'they have blocked or removed Chaser, so map someone else to the lead' : 'try again later'}.` };
  const at = deps.clock.now().toISOString();
  await recordChase(action, today, { kind: 'chased', at, by: actor.id, byName: actor.name, source: request.source, status: null, text: note, revisedDue: null, changes: [] }, deps);
  const names = recipients.filter((r) => sentTo.includes(r.user.id)).map((r) => r.user.name || r.user.id);
  return {
    kind: 'chased', action, at, byName: actor.name || actor.id, sentTo, names, note, missed,
    message: `Chased ${actionReference(action)}: the reminder card went to ${names.join(', ')} (${action.lead})${note ? ' with your line' : ''}.${missed.length ? ` Not reached: ${missed.map((m) => `${m.id} (${m.outcome})`).join(', ')}.` : ''}`,
  };
}

/**
 * Appends the `chased` entry (the action unchanged) unless the day already has one; with the action's ETag,
 * so two at once cannot both append: the second re-reads and finds the first's entry.
 */
async function recordChase(action: Action, today: string, entry: ActionUpdate, deps: ChaseDeps): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const stored = await deps.store.actions.get(action);
    if (!stored || chaseOn(await deps.store.actions.history(action), today)) return;
    try {
      await deps.store.actions.record(stored, stored.action, entry);
      return;
    } catch (err) {
      if (!(err instanceof StaleRecordError) || attempt >= 4) throw err;
    }
  }
}

/** The reminder card for the chased action, titled as a chase and carrying the secretariat's line. */
function chaseCards(claimed: ChaseItem[], note: string, today: string, refreshUserMris: string[], links: RegisterLinks | null | undefined) {
  const item = claimed[0]!;
  const { action } = item;
  const overdue = action.due !== null && action.due < today;
  const headline = action.due ? `${overdue ? 'overdue since' : 'due'} ${dayAndMonth(action.due)}` : 'no due date yet';
  return reminderCards({
    items: [{ action, headline, overdue }],
    refreshUserMris,
    links,
    title: () => 'The secretariat asks for your update',
    subtitle: () => `${note ? `"${note}" — the secretariat. ` : ''}For ${action.lead}. Press Reply to send its status and a line: it goes straight into the register.`,
    text: () => `Chaser: the secretariat asks for your update on ${action.number}${note ? `: ${note}` : ''}`,
  }).map(({ card, text }) => ({ items: claimed, message: { text, card } }));
}
