import type { Actor } from '../../domain/actor';
import type { ConversationRecord, DigestSubscription } from '../ports';
import { subscriberKey } from '../ports';
import { isAdmin } from '../access/is-admin';
import type { DigestDeps } from './build-weekly-digest';
import { DigestAccessDeps, digestScopeFor, digestVisibility } from './digest-access';
import { scopeOf } from './digest-scope';

/**
 * "digest subscribe [for MPS]": a person subscribes themselves in a personal chat; the secretariat
 * subscribes a channel or group chat, which then sees what that admin may see. Returns the sentence to say.
 */
export async function subscribeToDigest(actor: Actor, conversation: ConversationRecord, term: string | null, deps: DigestDeps & DigestAccessDeps): Promise<string> {
  const shared = conversation.scope !== 'personal';
  if (shared && !(await isAdmin(actor, deps))) return 'Only the secretariat can subscribe a channel or group chat to the digest. You can subscribe yourself in a personal chat with me.';
  // An admin subscribing a conversation is judged as themselves; the conversation sees what they see.
  const visibility = await digestVisibility(actor, { shared: false }, deps);
  if (visibility.kind === 'none') return visibility.reason;
  const requested = await scopeOf(term, term ? await deps.store.actions.listAll() : [], deps.store);
  if (typeof requested === 'string') return requested;
  const access = digestScopeFor(visibility, requested);
  if (!access.allowed) return access.reason;
  const subscription: DigestSubscription = {
    kind: shared ? 'channel' : 'personal', tenantId: conversation.tenantId, target: conversation.target,
    name: shared ? conversation.userName || 'this conversation' : actor.name, scope: access.scope, addedBy: actor.id, addedAt: deps.clock.now().toISOString(),
  };
  await deps.store.digests.subscribe(subscription);
  const what = [access.scope.lead, access.scope.boardCode].filter(Boolean).join(', ');
  return `${shared ? 'This conversation' : 'You'} will get the weekly digest${what ? ` for ${what}` : ''} each week when it goes out. Say "digest unsubscribe" to stop.`;
}

/** "digest unsubscribe": yourself, or (secretariat) this channel or group chat. Returns the sentence to say. */
export async function unsubscribeFromDigest(actor: Actor, conversation: ConversationRecord | null, deps: Pick<DigestDeps, 'store'>): Promise<string> {
  if (conversation && conversation.scope !== 'personal') {
    if (!(await isAdmin(actor, deps))) return 'Only the secretariat can unsubscribe a channel or group chat from the digest.';
    return (await deps.store.digests.unsubscribe(subscriberKey({ kind: 'channel', target: conversation.target })))
      ? 'This conversation will no longer get the weekly digest.' : 'This conversation was not subscribed to the digest; nothing changed.';
  }
  const removed = await deps.store.digests.unsubscribe(subscriberKey({ kind: 'personal', target: actor.id }));
  return removed ? 'You will no longer get the weekly digest.' : 'You were not subscribed to the digest; nothing changed.';
}
