import { reminderCard } from '../../cards/reminder-card';
import type { RecipientState } from '../ports';
import { Delivery, DeliveryDeps, DeliveryOutcome, deliverOnce } from '../delivery/deliver-once';
import type { RecipientBook } from '../delivery/recipients';
import type { DueReminder } from './due-reminder';

/** Cards stay well inside Teams' ~28 KB: at most this many actions each. */
export const ACTIONS_PER_CARD = 8;

/** How many people's cards are in flight at once. */
export const PARALLEL_PEOPLE = 4;

export type ReminderItem = DueReminder & Delivery;

/**
 * One card per person for all their actions due today (not a message per action), in chunks that fit
 * Teams' size limit, each delivered once (see deliverOnce). Returns, for each item, how each of its
 * recipients fared.
 */
export async function sendReminderCards(
  items: ReminderItem[], book: RecipientBook, deps: DeliveryDeps & { refreshViewers: string[] },
): Promise<Map<ReminderItem, Record<string, DeliveryOutcome | RecipientState>>> {
  const outcome = new Map<ReminderItem, Record<string, DeliveryOutcome | RecipientState>>(items.map((i) => [i, {}]));
  const byPerson = new Map<string, { conversation: Awaited<ReturnType<RecipientBook['person']>>; items: ReminderItem[] }>();
  for (const item of items) {
    for (const recipient of await book.forLead(item.action)) {
      const group = byPerson.get(recipient.user.id) ?? { conversation: recipient.conversation, items: [] };
      group.items.push(item);
      byPerson.set(recipient.user.id, group);
    }
  }
  const sendToPerson = async ([id, { conversation, items: mine }]: [string, { conversation: Awaited<ReturnType<RecipientBook['person']>>; items: ReminderItem[] }]): Promise<void> => {
    const results = await deliverOnce(deps, { id, conversation }, mine, (claimed) => cardsFor(claimed, conversation?.target ?? id, deps.refreshViewers));
    for (const [item, state] of results) outcome.get(item)![id] = state;
  };
  // People are served side by side (the messenger's pacer keeps the overall rate), so one person's
  // throttled send waiting for Retry-After does not hold up everyone else's; each person's cards stay in order.
  const queue = [...byPerson.entries()];
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PEOPLE, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await sendToPerson(next);
  }));
  return outcome;
}

function cardsFor(mine: ReminderItem[], viewer: string, admins: string[]) {
  const leads = [...new Set(mine.map((i) => i.action.lead))];
  const cards = [];
  for (let start = 0; start < mine.length; start += ACTIONS_PER_CARD) {
    const chunk = mine.slice(start, start + ACTIONS_PER_CARD);
    const part = mine.length > ACTIONS_PER_CARD ? ` (${start / ACTIONS_PER_CARD + 1} of ${Math.ceil(mine.length / ACTIONS_PER_CARD)})` : '';
    const overdue = chunk.filter((i) => i.stage.kind === 'overdue' || i.stage.businessDaysOverdue > 0).length;
    const card = reminderCard({
      title: `${chunk.length === 1 ? 'An action needs' : `${chunk.length} actions need`} your update${part}`,
      subtitle: `For ${leads.join(', ')}${overdue ? `: ${overdue} overdue` : ''}. Press Reply on an action to send its status and a line: it goes straight into the register.`,
      items: chunk.map((i) => ({ action: i.action, headline: i.headline, overdue: i.stage.businessDaysOverdue > 0 })),
      refreshUserIds: [viewer, ...admins],
    });
    cards.push({ items: chunk, message: { text: `Chaser: ${chunk.map((i) => `${i.action.number} (${i.headline})`).join('; ')}`, card } });
  }
  return cards;
}
