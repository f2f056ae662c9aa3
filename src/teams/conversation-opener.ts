import type { CloudAdapter, ConversationParameters } from 'botbuilder';
import type { ConversationOpener, ConversationRecord, OpenChatOutcome } from '../app/ports';

/**
 * Teams' global service URL for proactive messages, used when Chaser has no chat yet to learn its region's
 * from (Teams documents it as the fallback; GCC, GCC High and DoD tenants have their own).
 */
export const TEAMS_GLOBAL_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/** Where the opener opens chats: the bot's app id, and the tenant when the settings give one (MICROSOFT_APP_TENANT_ID). */
export interface OpenerSettings {
  appId: string;
  tenantId?: string;
}

/**
 * Opens a personal chat with a user Chaser is installed for, through the Bot Framework connector's
 * createConversation (`isGroup: false`, the user's Entra object id as the one member, the tenant). Teams
 * answers with the chat's id; the record kept is what a chat Teams told Chaser of would hold, so reminders
 * go there at once. When the user later writes or Teams sends its conversation update, that reference
 * replaces this one. Refusals (403: the app is not installed for them; others) come back as `failed`.
 */
export function createConversationOpener(adapter: CloudAdapter, settings: OpenerSettings, now: () => Date): ConversationOpener {
  return {
    async openPersonal(person, known): Promise<OpenChatOutcome> {
      const tenantId = settings.tenantId || known?.tenantId;
      if (!tenantId) return { kind: 'failed', reason: 'Chaser does not know the organisation\'s tenant yet (set MICROSOFT_APP_TENANT_ID, or open Chaser once in Teams)' };
      const serviceUrl = known?.serviceUrl || TEAMS_GLOBAL_SERVICE_URL;
      const bot = { id: settings.appId ? `28:${settings.appId}` : 'chaser', name: 'Chaser' };
      const parameters = { isGroup: false, bot, members: [{ id: person.id, name: person.name }], tenantId, channelData: { tenant: { id: tenantId } } } as ConversationParameters;
      let conversationId = '';
      try {
        // The audience is left to the adapter (the Bot Framework's, for this cloud).
        await adapter.createConversationAsync(settings.appId, 'msteams', serviceUrl, undefined as unknown as string, parameters, async (context) => {
          conversationId = context.activity.conversation?.id ?? '';
        });
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        return { kind: 'failed', reason: `Teams did not open the chat (${status ?? 'error'}: ${(err instanceof Error ? err.message : String(err)).slice(0, 200)})` };
      }
      if (!conversationId) return { kind: 'failed', reason: 'Teams opened no chat (no conversation id came back)' };
      const record: ConversationRecord = {
        tenantId,
        scope: 'personal',
        target: person.id, // as mapped: the sweep looks the person up by it
        userName: person.name,
        upn: null,
        reference: {
          channelId: 'msteams', serviceUrl, bot,
          user: { id: person.id, aadObjectId: person.id, name: person.name },
          conversation: { id: conversationId, conversationType: 'personal', tenantId, isGroup: false },
        },
        updatedAt: now().toISOString(),
        blockedAt: null,
      };
      return { kind: 'opened', record };
    },
  };
}
