import { TeamsInfo, TurnContext } from 'botbuilder';
import type { BotDeps } from './bot-deps';
import { conversationRecordOf } from './conversation-record';
import { recordConversation } from '../app/people/record-conversation';

/**
 * Records where this activity came from. For personal chats the user's UPN (leads are often mapped by
 * e-mail) is read from the roster afterwards, in the background: a slow roster must never hold up the
 * user's answer. Returns the key saved and the background lookup (tests wait on it).
 */
export async function saveConversation(context: TurnContext, deps: BotDeps): Promise<{ key: string; isNew: boolean; upnLookup: Promise<void> } | null> {
  const record = conversationRecordOf(context.activity, deps.clock.now());
  if (!record) return null;
  const { isNew, upnKnown } = await recordConversation({ ...record, upn: null }, deps);
  const upnLookup = record.scope === 'personal' && !upnKnown
    ? TeamsInfo.getMember(context, context.activity.from.id).then(
      async (member) => {
        const upn = member.userPrincipalName ?? member.email;
        if (upn) await recordConversation({ ...record, upn }, deps);
      },
      (err: unknown) => deps.log.debug({ err }, 'could not read the member roster for a UPN'),
    )
    : Promise.resolve();
  if (isNew) deps.onNewConversation?.();
  return { key: `${record.tenantId}|${record.scope}|${record.target}`, isNew, upnLookup };
}
