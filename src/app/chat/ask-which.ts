import { randomUUID } from 'crypto';
import type { Action } from '../../domain/action';
import { actionKey } from '../../domain/action';
import type { IsoDate } from '../../domain/calendar-date';
import type { PendingClarification, Store } from '../ports';
import { MAX_CANDIDATES } from './reply-candidates';

/** A question stays open this long; after it a reply is read afresh. */
const PENDING_MINUTES = 60;

/**
 * Records nothing and asks: the reply's words are kept, with the candidates offered, until the person
 * answers (a button, or "the second one") or the question expires.
 */
export async function askWhich(
  person: string, kind: PendingClarification['kind'], reply: { text: string; status: PendingClarification['status']; revisedDue: IsoDate | null },
  actions: Action[], deps: { store: Store; clock: { now(): Date } },
): Promise<PendingClarification> {
  const now = deps.clock.now();
  const pending: PendingClarification = {
    id: randomUUID().slice(0, 12), kind, text: reply.text, status: reply.status, revisedDue: reply.revisedDue,
    candidates: actions.slice(0, MAX_CANDIDATES).map(actionKey), createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + PENDING_MINUTES * 60_000).toISOString(),
  };
  await deps.store.chatMemories.write(person, { pending });
  return pending;
}
