import { Activity, TurnContext } from 'botbuilder';
import type { ConversationRecord } from '../app/ports';

/**
 * Which conversation record an activity belongs to (`tenant|scope|target`) and where replies go: what
 * `conversationRecordOf` would record, read without building the record; null when it would be null.
 */
export function conversationIdentityOf(activity: Activity): { key: string; serviceUrl: string } | null {
  if (!activity.from?.id || !activity.conversation?.id) return null;
  const { tenantId, scope, target } = whereFrom(activity);
  return { key: `${tenantId}|${scope}|${target}`, serviceUrl: String(activity.serviceUrl ?? '') };
}

function whereFrom(activity: Activity): { tenantId: string; scope: ConversationRecord['scope']; target: string; conversationId: string } {
  const scope = scopeOf(activity.conversation.conversationType);
  const tenantId = activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? '';
  // A reply thread's id ends in ";messageid=…"; proactive posts go to the channel itself.
  const conversationId = activity.conversation.id.replace(/;messageid=\d+$/, '');
  return { tenantId, scope, target: scope === 'personal' ? userIdOf(activity) : conversationId, conversationId };
}

/** Where an activity came from, as a record Chaser can use to write back later; null if it cannot tell. */
export function conversationRecordOf(activity: Activity, at: Date): ConversationRecord | null {
  if (!activity.from?.id || !activity.conversation?.id) return null;
  const { tenantId, scope, target, conversationId } = whereFrom(activity);
  const reference = TurnContext.getConversationReference(activity);
  if (reference.conversation) reference.conversation = { ...reference.conversation, id: conversationId };
  // Proactive messages start a new message, not a reply to whatever activity we happened to record.
  delete reference.activityId;
  return {
    tenantId,
    scope,
    target,
    userName: scope === 'personal' ? activity.from.name ?? '' : activity.conversation.name ?? '',
    upn: null,
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
    updatedAt: at.toISOString(),
    blockedAt: null,
  };
}

/** The id Chaser knows a person by: the AAD object id when Teams gives one, else the channel's user id. */
export function userIdOf(activity: Activity): string {
  return activity.from.aadObjectId ?? activity.from.id;
}

function scopeOf(conversationType: string | undefined): ConversationRecord['scope'] {
  if (conversationType === 'channel') return 'channel';
  if (conversationType === 'groupChat') return 'groupChat';
  return 'personal';
}
