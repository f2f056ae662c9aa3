import { Cron } from 'croner';
import { mondayOf } from '../../domain/calendar-date';
import { BOARD_TIME_ZONE, londonInstant, londonTime } from '../../domain/london-time';
import type { DigestScope } from '../../domain/digest';
import type { ConversationRecord } from '../ports';
import { subscriberKey } from '../ports';
import type { Store } from '../ports';
import type { RecipientBook } from '../delivery/recipients';

/** Who gets this week's digest, and for what. */
export interface DigestRecipient {
  /** The ledger's name for them: `digest:<key>` is claimed once per week. */
  key: string;
  kind: 'personal' | 'channel';
  tenantId: string;
  target: string;
  name: string;
  scope: DigestScope;
  source: 'subscriber' | 'admin';
}

/**
 * The subscribers; with none yet, the secretariat (CHASER_ADMINS and `chaser admins add`), so a new
 * installation's digest reaches someone who can subscribe the right people.
 */
export async function digestRecipients(store: Store): Promise<DigestRecipient[]> {
  const subscribers = await store.digests.subscribers();
  if (subscribers.length) return subscribers.map((s): DigestRecipient => ({ key: subscriberKey(s), ...s, source: 'subscriber' }));
  const admins = new Map<string, string>();
  for (const a of await store.admins.list()) if (!admins.has(a.id.toLowerCase())) admins.set(a.id.toLowerCase(), a.name || a.id);
  return [...admins].map(([key, name]): DigestRecipient => ({ key, kind: 'personal', tenantId: '', target: key, name, scope: {}, source: 'admin' }));
}

/** Where to post: a person's personal chat (by id or UPN), or the channel / group chat itself. */
export async function conversationOf(r: DigestRecipient, book: RecipientBook, store: Store): Promise<ConversationRecord | null> {
  if (r.kind === 'personal') return book.person(r.target);
  // Channels and group chats share the `conv:` row: asking for either finds both.
  return store.conversations.get(r.tenantId, 'channel', r.target);
}

/** A platform scheduler's trigger may come a moment early; this much early still counts as on time. */
const EARLY_GRACE_MS = 5 * 60_000;

/**
 * True once this London week's first scheduled time (CHASER_DIGEST_SCHEDULE) has come: from Monday
 * 08:00 to Sunday night with the default. A late or restarted run still sends; the ledger stops repeats.
 */
export function isDigestDue(now: Date, schedule: string): boolean {
  const weekStart = londonInstant(mondayOf(londonTime(now).date), 0);
  const cron = new Cron(schedule, { paused: true, timezone: BOARD_TIME_ZONE });
  const first = cron.nextRun(new Date(weekStart.getTime() - 1));
  cron.stop();
  return first !== null && first.getTime() <= now.getTime() + EARLY_GRACE_MS;
}
