import type { Logger } from '../../log';
import type { ConversationRecord, LedgerEntry, RecipientState, StoredLedgerEntry, Store } from '../ports';
import type { Messenger, OutgoingMessage } from './messenger';

/** One thing to deliver: what it is about (`scope`), which stage or week (`stageKey`), of what kind. */
export interface Delivery {
  scope: string;
  stageKey: string;
  kind: LedgerEntry['kind'];
}

/** What deliverOnce needs: the ledger, the messenger, the clock, and who this sender is. */
export interface DeliveryDeps {
  store: Store;
  messenger: Messenger;
  log: Logger;
  clock: { now(): Date };
  /** Names this process in claims. */
  instanceId: string;
  /** A claim older than this that never settled is taken over (its sender died). */
  claimTimeoutMs: number;
}

/** How one thing fared for one recipient. `held`: another sender holds a fresh claim (try again later). */
export type DeliveryOutcome = RecipientState | 'already sent' | 'held';

export interface Recipient {
  /** The id the ledger knows them by (as mapped: AAD object id, UPN, or `conv:<id>` for a channel). */
  id: string;
  conversation: ConversationRecord | null;
}

/**
 * Chaser's one "deliver once" protocol, for reminders, escalations, notices and the digest:
 * claim (an insert per thing and recipient; a row already sent or blocked is skipped, one held by a live
 * sender is left, one abandoned by a dead sender is taken over) → send (the caller composes the messages
 * from what was claimed, e.g. one card per few actions) → settle each message's claims AS SOON AS it is
 * sent: sent, blocked on 403 (and the conversation marked blocked, so nobody retries it), failed (retried
 * by the next run). A crash can therefore repeat at most the messages in flight, never lose one.
 *
 * @returns each item's outcome for this recipient
 */
export async function deliverOnce<T extends Delivery>(
  deps: DeliveryDeps,
  recipient: Recipient,
  items: T[],
  compose: (claimed: T[]) => Array<{ items: T[]; message: OutgoingMessage }>,
): Promise<Map<T, DeliveryOutcome>> {
  const outcome = new Map<T, DeliveryOutcome>();
  const { conversation } = recipient;
  if (!conversation || conversation.blockedAt) {
    for (const item of items) outcome.set(item, conversation ? 'blocked' : 'unreachable');
    return outcome;
  }
  const claims = new Map<T, StoredLedgerEntry>();
  for (const item of items) {
    const claimed = await claim(deps, item, recipient.id);
    if ('etag' in claimed) claims.set(item, claimed);
    else outcome.set(item, claimed.outcome);
  }
  if (!claims.size) return outcome;
  for (const { items: sending, message } of compose([...claims.keys()])) {
    if (conversation.blockedAt) {
      await settleAll(deps, sending, claims, recipient.id, 'blocked', 'the recipient blocked or removed Chaser', outcome);
      continue;
    }
    const result = await deps.messenger.send(conversation, message);
    const state: RecipientState = result.ok ? 'sent' : result.blocked ? 'blocked' : 'failed';
    if (!result.ok) deps.log.warn({ recipient: recipient.id, blocked: result.blocked, error: result.error, items: sending.map((i) => `${i.scope} ${i.stageKey}`) }, sending.some((i) => i.kind === 'digest') ? 'digest not delivered' : 'reminder not delivered');
    if (!result.ok && result.blocked) {
      conversation.blockedAt = deps.clock.now().toISOString();
      await deps.store.conversations.save(conversation);
    }
    await settleAll(deps, sending, claims, recipient.id, state, result.ok ? null : result.error, outcome);
  }
  return outcome;
}

function ledgerKey(item: Delivery, recipientId: string): string {
  return `${item.stageKey}|${recipientId.toLowerCase()}`;
}

async function claim(deps: DeliveryDeps, item: Delivery, recipientId: string): Promise<StoredLedgerEntry | { outcome: DeliveryOutcome }> {
  const now = deps.clock.now();
  const key = ledgerKey(item, recipientId);
  const fresh: LedgerEntry = { state: 'claimed', kind: item.kind, claimedAt: now.toISOString(), claimedBy: deps.instanceId, sentAt: null, attempts: 1, lastError: null };
  const inserted = await deps.store.ledger.claim(item.scope, key, fresh);
  if (inserted) return inserted;
  const existing = await deps.store.ledger.get(item.scope, key);
  if (!existing || existing.entry.state === 'sent') return { outcome: 'already sent' };
  if (existing.entry.state === 'blocked') return { outcome: 'blocked' };
  const abandoned = existing.entry.state === 'claimed' && now.getTime() - Date.parse(existing.entry.claimedAt) > deps.claimTimeoutMs;
  if (existing.entry.state === 'claimed' && !abandoned) return { outcome: 'held' };
  const retaken = await deps.store.ledger.replace(item.scope, key, existing, {
    ...existing.entry, state: 'claimed', claimedAt: now.toISOString(), claimedBy: deps.instanceId, attempts: existing.entry.attempts + 1,
  });
  return retaken ?? { outcome: 'held' };
}

async function settleAll<T extends Delivery>(
  deps: DeliveryDeps, items: T[], claims: Map<T, StoredLedgerEntry>, recipientId: string, state: RecipientState, error: string | null, outcome: Map<T, DeliveryOutcome>,
): Promise<void> {
  const sentAt = state === 'sent' ? deps.clock.now().toISOString() : null;
  await Promise.all(items.map(async (item) => {
    const held = claims.get(item)!;
    await deps.store.ledger.replace(item.scope, ledgerKey(item, recipientId), held, { ...held.entry, state, sentAt, lastError: error?.slice(0, 2000) ?? null });
    outcome.set(item, state);
  }));
}
