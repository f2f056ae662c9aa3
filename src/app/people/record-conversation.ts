import type { ConversationRecord, Store } from '../ports';

/**
 * Someone installed Chaser or wrote to it: keep where they can be reached (the freshest reference wins;
 * a UPN learnt earlier is kept). `isNew` tells the caller a person just became reachable, so reminders
 * pending for them can go now rather than at the next sweep.
 */
export async function recordConversation(record: ConversationRecord, deps: { store: Store }): Promise<{ isNew: boolean; upnKnown: boolean }> {
  const known = await deps.store.conversations.get(record.tenantId, record.scope, record.target);
  const upn = record.upn ?? known?.upn ?? null;
  await deps.store.conversations.save({ ...record, upn });
  return { isNew: !known, upnKnown: Boolean(upn) };
}

/** Chaser was removed from a conversation: nothing is sent there again. */
export async function forgetConversation(record: Pick<ConversationRecord, 'tenantId' | 'scope' | 'target'>, deps: { store: Store }): Promise<boolean> {
  return deps.store.conversations.remove(record.tenantId, record.scope, record.target);
}
