import { reminderCard } from '../cards/reminder-card';
import type { Logger } from '../log';
import type { Store } from '../store/store';
import type { RecipientState } from '../store/reminder-ledger';
import { ClaimedStage, alreadyReached } from './claims';
import type { Messenger } from './messenger';
import type { Recipient, RecipientBook } from './recipients';
import type { DueReminder } from './send-due-reminders';

/** Cards stay well inside Teams' ~28 KB: at most this many actions each. */
export const ACTIONS_PER_CARD = 8;

/** How many people's cards are in flight at once. */
export const PARALLEL_PEOPLE = 4;

type Item = ClaimedStage & DueReminder;

/**
 * One card per person for all their actions due today (not a message per action), in chunks that fit
 * Teams' size limit. Returns, for each item, how each of its recipients fared.
 */
export async function sendReminderCards(
  items: Item[], book: RecipientBook, deps: { messenger: Messenger; log: Logger; configAdmins: string[]; store: Store; clock: { now(): Date } },
): Promise<Array<{ item: Item; recipients: Record<string, RecipientState> }>> {
  const outcome = new Map<Item, Record<string, RecipientState>>(items.map((i) => [i, {}]));
  const byPerson = new Map<string, { recipient: Recipient; items: Item[] }>();
  for (const item of items) {
    for (const recipient of await book.forLead(item.action)) {
      const id = recipient.user.id;
      if (alreadyReached(item, id)) continue;
      if (!recipient.conversation) outcome.get(item)![id] = 'unreachable';
      else if (recipient.conversation.blockedAt) outcome.get(item)![id] = 'blocked';
      else {
        const group = byPerson.get(id) ?? { recipient, items: [] };
        group.items.push(item);
        byPerson.set(id, group);
      }
    }
  }
  const sendToPerson = async ([id, { recipient, items: mine }]: [string, { recipient: Recipient; items: Item[] }]): Promise<void> => {
    const leadUsers = [...new Set(mine.flatMap((i) => i.action.lead))];
    for (let start = 0; start < mine.length; start += ACTIONS_PER_CARD) {
      if (recipient.conversation!.blockedAt) {
        for (const item of mine.slice(start)) outcome.get(item)![id] = 'blocked';
        break;
      }
      const chunk = mine.slice(start, start + ACTIONS_PER_CARD);
      const part = mine.length > ACTIONS_PER_CARD ? ` (${start / ACTIONS_PER_CARD + 1} of ${Math.ceil(mine.length / ACTIONS_PER_CARD)})` : '';
      const overdue = chunk.filter((i) => i.stage.kind === 'overdue' || i.stage.businessDaysOverdue > 0).length;
      const card = reminderCard({
        title: `${chunk.length === 1 ? 'An action needs' : `${chunk.length} actions need`} your update${part}`,
        subtitle: `For ${leadUsers.join(', ')}${overdue ? `: ${overdue} overdue` : ''}. Press Reply on an action to send its status and a line: it goes straight into the register.`,
        items: chunk.map((i) => ({ action: i.action, headline: i.headline, overdue: i.stage.businessDaysOverdue > 0 })),
        refreshUserIds: [recipient.conversation!.target, ...deps.configAdmins],
      });
      const text = `Chaser: ${chunk.map((i) => `${i.action.number} (${i.headline})`).join('; ')}`;
      const result = await deps.messenger.send(recipient.conversation!, { text, card });
      const state: RecipientState = result.ok ? 'sent' : result.blocked ? 'blocked' : 'failed';
      if (!result.ok) deps.log.warn({ user: id, blocked: result.blocked, error: result.error }, 'reminder not delivered');
      // 403: the user removed or blocked Chaser. Remember it so nobody retries, and the secretariat hears of it.
      if (!result.ok && result.blocked) {
        recipient.conversation!.blockedAt = deps.clock.now().toISOString();
        await deps.store.conversations.save(recipient.conversation!);
      }
      for (const item of chunk) outcome.get(item)![id] = state;
    }
  };
  // People are served side by side (the messenger's pacer keeps the overall rate), so one person's
  // throttled send waiting for Retry-After does not hold up everyone else's; each person's cards stay in order.
  const queue = [...byPerson.entries()];
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PEOPLE, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await sendToPerson(next);
  }));
  return items.map((item) => ({ item, recipients: outcome.get(item)! }));
}
