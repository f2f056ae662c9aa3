import { reminderCards } from '../../cards/reminder-card';
import type { RegisterLinks } from '../../cards/register-links';
import type { RecipientState } from '../ports';
import { Delivery, DeliveryDeps, DeliveryOutcome, deliverOnce } from '../delivery/deliver-once';
import type { RecipientBook } from '../delivery/recipients';
import type { DueReminder } from './due-reminder';

/** How many people's cards are in flight at once. */
export const PARALLEL_PEOPLE = 4;

export type ReminderItem = DueReminder & Delivery;

/**
 * One card per person for all their actions due today (not a message per action), in chunks that fit
 * Teams' size limit, each delivered once (see deliverOnce). Returns, for each item, how each of its
 * recipients fared.
 */
export async function sendReminderCards(
  items: ReminderItem[], book: RecipientBook, deps: DeliveryDeps & { secretariatMris: string[]; links?: RegisterLinks | null },
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
    // Card refresh shows the latest state to the lead and the secretariat: Teams wants their MRIs.
    const mris = [mriOf(conversation), ...deps.secretariatMris].filter((m): m is string => Boolean(m));
    const results = await deliverOnce(deps, { id, conversation }, mine, (claimed) => cardsFor(claimed, mris, deps.links));
    for (const [item, state] of results) outcome.get(item)![id] = state;
    // A reply in this chat ("done - sent it on Tuesday") refers to the actions on the card just sent.
    const sent = [...results].filter(([, state]) => state === 'sent').map(([item]) => item.scope);
    if (sent.length && conversation) await deps.store.chatMemories.write(conversation.target, { lastCard: { keys: sent, at: deps.clock.now().toISOString() } });
  };
  // People are served side by side (the messenger's pacer keeps the overall rate), so one person's
  // throttled send waiting for Retry-After does not hold up everyone else's; each person's cards stay in order.
  const queue = [...byPerson.entries()];
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PEOPLE, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await sendToPerson(next);
  }));
  return outcome;
}

function cardsFor(mine: ReminderItem[], refreshUserMris: string[], links: RegisterLinks | null | undefined) {
  const leads = [...new Set(mine.map((i) => i.action.lead))];
  const byCardItem = new Map(mine.map((i) => [{ action: i.action, headline: i.headline, overdue: i.stage.businessDaysOverdue > 0 }, i] as const));
  // Split by size in bytes (Teams refuses messages over about 28 KB), not by a count of actions.
  return reminderCards({
    items: [...byCardItem.keys()],
    refreshUserMris,
    links,
    title: (items, part, parts) => `${items.length === 1 ? 'An action needs' : `${items.length} actions need`} your update${parts > 1 ? ` (${part} of ${parts})` : ''}`,
    subtitle: (items) => {
      const overdue = items.filter((i) => i.overdue).length;
      return `For ${leads.join(', ')}${overdue ? `: ${overdue} overdue` : ''}. Press Reply on an action to send its status and a line: it goes straight into the register.`;
    },
    text: (items) => `Chaser: ${items.map((i) => `${i.action.number} (${i.headline})`).join('; ')}`,
  }).map(({ items, card, text }) => ({ items: items.map((i) => byCardItem.get(i)!), message: { text, card } }));
}

/** A person's Teams MRI (`29:…`) from their conversation reference; null when unknown. */
export function mriOf(conversation: { reference: Record<string, unknown> } | null): string | null {
  const user = conversation?.reference.user as { id?: unknown } | undefined;
  return typeof user?.id === 'string' ? user.id : null;
}
