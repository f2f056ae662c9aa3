import type { Logger } from '../../log';
import type { ConversationOpener, ConversationRecord, Store } from '../ports';
import { recordConversation } from '../people/record-conversation';
import { leadReachability } from './lead-reachability';

/** A person Chaser opened a chat with (or could not), with the leads they answer for. */
export interface ChatAttempt {
  id: string;
  name: string;
  leads: string[];
  /** Why not, for `notOpened`. */
  reason?: string;
}

/** What opening chats did: `opened` (the sweep reaches them now), `notOpened` with the reason (Chaser waits for Teams). */
export interface ChatReport {
  opened: ChatAttempt[];
  notOpened: ChatAttempt[];
}

/** An Entra object id: the only id Teams opens a chat with (a UPN or address must be verified in the directory first). */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * After installing (issue #21): Chaser opens the personal chat itself with each person it is installed for but
 * has no chat with yet (`pending-install`: installed just now, already installed, or on an earlier day), rather
 * than wait for Teams to tell it of the chat, and keeps it like a chat Teams told it of; the sweep that follows
 * sends what is pending. The tenant and service URL come from a chat Chaser already has, when the settings do
 * not give them. Each person once, however many leads they answer for.
 */
export async function openInstalledChats(deps: { store: Store; opener: ConversationOpener; log: Logger }): Promise<ChatReport> {
  const report: ChatReport = { opened: [], notOpened: [] };
  const people = new Map<string, ChatAttempt>();
  for (const lead of await leadReachability(deps, { statesOnly: true })) {
    for (const p of lead.people.filter((x) => x.state === 'pending-install')) {
      const known = people.get(p.id.toLowerCase()) ?? { id: p.id, name: p.name, leads: [] };
      known.leads.push(lead.lead);
      people.set(p.id.toLowerCase(), known);
    }
  }
  if (!people.size) return report;
  const known = whereChaserTalks(await deps.store.conversations.list());
  for (const person of people.values()) {
    if (!OBJECT_ID.test(person.id)) {
      report.notOpened.push({ ...person, reason: 'Chaser knows them by address only (the directory has not confirmed them), so it waits for Teams to open the chat' });
      continue;
    }
    const outcome = await deps.opener.openPersonal({ id: person.id, name: person.name }, known);
    if (outcome.kind === 'failed') {
      report.notOpened.push({ ...person, reason: outcome.reason });
      continue;
    }
    await recordConversation(outcome.record, deps);
    report.opened.push(person);
  }
  deps.log.info({ opened: report.opened.map((p) => p.id), notOpened: report.notOpened.map((p) => `${p.id}: ${p.reason}`) }, 'chats opened with people Chaser was installed for');
  return report;
}

/** The tenant and service URL of the freshest personal chat Chaser has (null: it talks to nobody yet). */
function whereChaserTalks(records: ConversationRecord[]): { tenantId: string; serviceUrl: string } | null {
  const personal = records
    .filter((r) => r.scope === 'personal' && r.tenantId && typeof r.reference.serviceUrl === 'string' && r.reference.serviceUrl)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return personal ? { tenantId: personal.tenantId, serviceUrl: String(personal.reference.serviceUrl) } : null;
}
