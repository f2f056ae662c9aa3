import type { LedgerEntry, RecipientState, StoredLedgerEntry } from '../store/reminder-ledger';
import type { Store } from '../store/store';

export interface ClaimedStage {
  scope: string;
  stageKey: string;
  claim: StoredLedgerEntry;
}

/**
 * Claims (scope, stage) for this instance: a new row, or a row left `failed` or `claimed` by a sender
 * that crashed longer ago than the claim timeout. Null when it is sent already or someone else holds it.
 * Recipients already reached are kept, so a retry only sends to the others.
 */
export async function claimStage(
  deps: { store: Store; instanceId: string; claimTimeoutMs: number }, scope: string, stageKey: string, kind: LedgerEntry['kind'], now: Date,
): Promise<ClaimedStage | null> {
  const fresh: LedgerEntry = { state: 'claimed', kind, claimedAt: now.toISOString(), claimedBy: deps.instanceId, sentAt: null, attempts: 1, recipients: {}, lastError: null };
  const inserted = await deps.store.reminders.claim(scope, stageKey, fresh);
  if (inserted) return { scope, stageKey, claim: inserted };
  const existing = await deps.store.reminders.get(scope, stageKey);
  if (!existing || existing.entry.state === 'sent') return null;
  const abandoned = existing.entry.state === 'claimed' && now.getTime() - new Date(existing.entry.claimedAt).getTime() > deps.claimTimeoutMs;
  if (existing.entry.state !== 'failed' && !abandoned) return null;
  const retaken = await deps.store.reminders.replace(scope, stageKey, existing, {
    ...existing.entry, state: 'claimed', claimedAt: now.toISOString(), claimedBy: deps.instanceId, attempts: existing.entry.attempts + 1,
  });
  return retaken ? { scope, stageKey, claim: retaken } : null;
}

/**
 * Records how the send went. `sent` when everyone reachable has it (blocked users are not retried);
 * `failed` otherwise, so the next sweep tries again — also while nobody for the lead can be reached yet.
 */
export async function settleClaim(
  deps: { store: Store; clock: { now(): Date } }, claimed: ClaimedStage, recipients: Record<string, RecipientState>, error: string | null = null,
): Promise<'sent' | 'failed'> {
  const merged = { ...claimed.claim.entry.recipients, ...recipients };
  const states = Object.values(merged);
  const done = states.length > 0 && states.every((s) => s === 'sent' || s === 'blocked') && states.includes('sent');
  const next: LedgerEntry = {
    ...claimed.claim.entry,
    state: done ? 'sent' : 'failed',
    sentAt: done ? deps.clock.now().toISOString() : null,
    recipients: merged,
    lastError: done ? null : error ?? describeFailure(merged),
  };
  await deps.store.reminders.replace(claimed.scope, claimed.stageKey, claimed.claim, next);
  return next.state === 'sent' ? 'sent' : 'failed';
}

function describeFailure(recipients: Record<string, RecipientState>): string {
  const entries = Object.entries(recipients);
  if (!entries.length) return 'nobody to send to';
  return entries.filter(([, s]) => s !== 'sent').map(([who, s]) => `${who}: ${s}`).join('; ');
}

/** Only people who have not had it yet. */
export function alreadyReached(claimed: ClaimedStage, userId: string): boolean {
  return claimed.claim.entry.recipients[userId] === 'sent';
}
