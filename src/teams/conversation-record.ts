import { Activity, TurnContext } from 'botbuilder';
import type { ConversationRecord } from '../app/ports';

/** Where an activity came from, as a record Chaser can use to write back later; null if it cannot tell. */
export function conversationRecordOf(activity: Activity, at: Date): ConversationRecord | null {
  if (!activity.from?.id || !activity.conversation?.id) return null;
  const scope = scopeOf(activity.conversation.conversationType);
  const tenantId = activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? '';
  const reference = TurnContext.getConversationReference(activity);
  // A reply thread's id ends in ";messageid=…"; proactive posts go to the channel itself.
  const conversationId = activity.conversation.id.replace(/;messageid=\d+$/, '');
  if (reference.conversation) reference.conversation = { ...reference.conversation, id: conversationId };
  // Proactive messages start a new message, not a reply to whatever activity we happened to record.
  delete reference.activityId;
  return {
    tenantId,
    scope,
    target: scope === 'personal' ? userIdOf(activity) : conversationId,
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
