import type { AzureStore } from '../../src/store/store';
/** The people in the benches: a secretariat member and a few users per lead, in one tenant. */
import { randomUUID } from 'crypto';
import type { Activity } from 'botbuilder';
import type { ConversationRecord } from '../../src/app/ports';
import { conversationRecordOf } from '../../src/teams/conversation-record';
import { LEADS } from './generate';

export interface Person {
  id: string;
  aadObjectId: string;
  name: string;
}

export const TENANT = 'tenant-bench';
/** Nothing listens on the discard port: background roster look-ups fail fast and harmlessly. */
export const NO_CONNECTOR = 'http://127.0.0.1:9/_connector';

export const SECRETARIAT: Person = { id: 'user-secretariat', aadObjectId: 'aad-secretariat', name: 'Board Secretariat' };

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** `perLead` users for each lead ("Cmdr Connors" → aad-cmdr-connors-0 …). */
export function leadPeople(perLead: number): Array<{ lead: string; people: Person[] }> {
  return LEADS.map((lead) => ({
    lead,
    people: Array.from({ length: perLead }, (_, j) => ({ id: `user-${slug(lead)}-${j}`, aadObjectId: `aad-${slug(lead)}-${j}`, name: `${lead} officer ${j + 1}` })),
  }));
}

/** A Teams-shaped message from `person` in their personal chat with the bot. */
export function activityFrom(person: Person, text: string, serviceUrl = NO_CONNECTOR): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: person.id, aadObjectId: person.aadObjectId, name: person.name },
    recipient: { id: 'bot-id', name: 'Chaser' },
    conversation: { id: `personal-${person.id}`, conversationType: 'personal', tenantId: TENANT, isGroup: false },
    channelData: { tenant: { id: TENANT } },
    text,
  };
}

/** The conversation record Chaser would have saved on install (built by Chaser's own function). */
export function conversationOf(person: Person, serviceUrl: string, now: Date): ConversationRecord {
  const record = conversationRecordOf(activityFrom(person, '', serviceUrl) as Partial<Activity> as Activity, now);
  if (!record) throw new Error(`no conversation record for ${person.id}`);
  return record;
}

/** Maps every lead to its users and, when asked, records their personal chats (and the secretariat's). */
export async function seedPeople(store: AzureStore, options: { perLead: number; now: Date; serviceUrl?: string; conversations: boolean }): Promise<Person[]> {
  const all: Person[] = [SECRETARIAT];
  for (const { lead, people } of leadPeople(options.perLead)) {
    await store.leads.save({ lead, users: people.map((p) => ({ id: p.aadObjectId, name: p.name })), delegates: [], updatedAt: options.now.toISOString() });
    all.push(...people);
  }
  if (options.conversations) {
    await Promise.all(all.map((p) => store.conversations.save(conversationOf(p, options.serviceUrl ?? NO_CONNECTOR, options.now))));
  }
  return all;
}
