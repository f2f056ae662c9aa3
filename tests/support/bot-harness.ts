import { randomUUID } from 'crypto';
import { loadConfig } from '../../src/config';
import { RunningChaser, startChaser } from '../../src/chaser';
import { Clock, fixedClock } from '../../src/domain/clock';
import type { Messenger } from '../../src/app/delivery/messenger';
import type { GraphToken } from '../../src/graph/graph-client';
import { silentLogger } from '../../src/log';
import { readTestAzurite } from './azurite-env';
import { uniquePrefix } from './store-fixture';

/** A real Chaser on a free port, over the run's Azurite with tables of its own. */
export async function startTestChaser(options: { clock?: Clock; env?: Record<string, string>; messenger?: Messenger; claimTimeoutMs?: number; sweepOnNewConversation?: boolean; shutdownGraceMs?: number; fileDelivery?: 'consent' | 'download'; graphToken?: GraphToken } = {}): Promise<RunningChaser> {
  const config = loadConfig({
    PORT: '0',
    CHASER_STORAGE_CONNECTION_STRING: readTestAzurite().connectionString,
    CHASER_TABLE_PREFIX: uniquePrefix(),
    CHASER_PLAYGROUND: 'false',
    CHASER_LOG_LEVEL: 'silent',
    CHASER_SCHEDULER: 'false',
    ...options.env,
  });
  return startChaser(config, { log: silentLogger, clock: options.clock ?? fixedClock('2022-05-09T07:59:00Z'), messenger: options.messenger, claimTimeoutMs: options.claimTimeoutMs, sweepOnNewConversation: options.sweepOnNewConversation ?? false, shutdownGraceMs: options.shutdownGraceMs, fileDelivery: options.fileDelivery, graphToken: options.graphToken });
}

export interface Person {
  id: string;
  aadObjectId: string;
  name: string;
}

export const ALEX: Person = { id: 'user-id-0', aadObjectId: 'aad-alex', name: 'Alex Wilber' };

/** A Teams-shaped activity from `person` in their personal chat with the bot. */
export function activityFrom(person: Person, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/_connector',
    timestamp: '2022-05-09T08:00:00.000Z',
    from: { id: person.id, aadObjectId: person.aadObjectId, name: person.name },
    recipient: { id: 'bot-id', name: 'Chaser' },
    conversation: { id: `personal-${person.id}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    ...overrides,
  };
}

/** Posts an activity with deliveryMode expectReplies; returns the HTTP status and the bot's replies. */
export async function send(chaser: RunningChaser, activity: Record<string, unknown>): Promise<{ status: number; replies: Array<Record<string, unknown>> }> {
  const res = await fetch(`${chaser.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deliveryMode: 'expectReplies', ...activity }),
  });
  const text = await res.text();
  const body = text ? (JSON.parse(text) as { activities?: Array<Record<string, unknown>> }) : {};
  return { status: res.status, replies: body.activities ?? [] };
}

/**
 * The text of every TextBlock and fact in a reply's cards, and its plain text, for assertions. A
 * RichTextBlock reads as one line: its TextRuns joined, as Teams shows them.
 */
export function visibleText(reply: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof reply.text === 'string') parts.push(reply.text);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'RichTextBlock' && Array.isArray(o.inlines)) {
        parts.push(o.inlines.map((run) => (typeof run === 'string' ? run : String((run as { text?: unknown }).text ?? ''))).join(''));
        return;
      }
      for (const key of ['text', 'title', 'value']) if (typeof o[key] === 'string') parts.push(o[key] as string);
      Object.values(o).forEach(walk);
    }
  };
  walk(reply.attachments);
  return parts.join('\n');
}

/** Presses an Action.Execute button: an `adaptiveCard/action` invoke; returns the invoke response. */
export async function pressButton(chaser: RunningChaser, person: Person, verb: string, data: Record<string, unknown>, overrides: Record<string, unknown> = {}): Promise<{ status: number; body: { statusCode?: number; type?: string; value?: unknown } }> {
  const activity = activityFrom(person, {
    type: 'invoke', name: 'adaptiveCard/action', text: undefined, replyToId: 'card-message-1',
    value: { action: { type: 'Action.Execute', verb, data } }, ...overrides,
  });
  const res = await fetch(`${chaser.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

/** Every TextBlock, fact and title in a card (or any JSON), for assertions on what a user would read. */
export function cardText(card: unknown): string {
  return visibleText({ attachments: [card] });
}
