import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AdaptiveCard } from '../../cards/render';
import { reminderCard } from '../../cards/reminder-card';
import { VERBS, inputIds } from '../../cards/verbs';
import { actionKey, actionReference, parseActionKey } from '../../domain/action';
import { longDate } from '../../domain/calendar-date';
import { londonToday } from '../../domain/london-time';
import { reminderFor, stageHeadline } from '../../domain/reminders';
import { answerFailure } from '../../errors';
import { recordStatusUpdate } from '../../app/updates/record-status-update';
import { actionsOnCard } from '../../app/reminders/actions-on-card';
import { cardViewers } from '../../app/reminders/card-viewers';
import { actorOf } from '../actor-of';
import type { BotDeps } from '../bot-deps';

type CardData = Record<string, unknown> & { action?: unknown; statusOnCard?: unknown; card?: unknown; actions?: unknown };

/**
 * The reminder card's buttons (Universal Actions). Submit records the status through the same flow as
 * chat and the CLI, then returns the card showing "Updated by … at …"; refresh returns the current
 * state to whoever opens the card. Refusals answer with a sentence and change nothing.
 */
export function statusCardRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.adaptiveCards.actionExecute<CardData>(VERBS.submitStatus, async (context, _state, data) => {
    const id = parseActionKey(data.action);
    if (!id) return 'This card does not name an action Chaser knows, so nothing was changed. Ask "what is overdue?" for a fresh card.';
    const ids = inputIds(String(data.action));
    try {
      await recordStatusUpdate({
        id,
        report: { status: data[ids.status] as never, text: typeof data[ids.text] === 'string' ? (data[ids.text] as string) : '', revisedDue: (data[ids.due] as string) || null },
        actor: await actorOf(context, deps.store),
        source: 'card',
        statusOnCard: typeof data.statusOnCard === 'string' ? data.statusOnCard : undefined,
      }, deps);
    } catch (err) {
      return answerFailure(err, deps.log, 'status update from a card failed', { route: 'status-card', action: String(data.action) });
    }
    return currentCard(context, deps, keysOf(data.card, data.action), String(data.action));
  });

  app.adaptiveCards.actionExecute<CardData>(VERBS.refreshReminder, async (context, _state, data) => {
    return currentCard(context, deps, keysOf(data.actions, null), null);
  });
}

function keysOf(list: unknown, fallback: unknown): string[] {
  const keys = Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  return keys.length ? keys : typeof fallback === 'string' ? [fallback] : [];
}

/** The card as it stands now: every action it lists, re-read from the register. */
async function currentCard(context: TurnContext, deps: BotDeps, keys: string[], updatedKey: string | null): Promise<AdaptiveCard | string> {
  const today = londonToday(deps.clock);
  const type = context.activity.conversation?.conversationType;
  const actions = await actionsOnCard(keys, await actorOf(context, deps.store), deps, type === 'channel' || type === 'groupChat');
  if (!actions.length) return 'There is nothing on this card you can see now: the actions are no longer in the register, or you may not see them.';
  const updated = actions.find((a) => actionKey(a) === updatedKey);
  return reminderCard({
    title: updated ? `Thank you: ${actionReference(updated)} is recorded` : `${actions.length === 1 ? 'Action' : 'Actions'} as they stand today`,
    subtitle: `Everyone who opens this card sees the latest state. ${actions.some((a) => a.status !== 'complete') ? 'You can still update the others below.' : ''}`.trim(),
    items: actions.map((action) => {
      const stage = action.due ? reminderFor(action, today, deps.calendar) : null;
      return {
        action,
        headline: action.status === 'complete' ? 'Complete' : stage && action.due ? stageHeadline(stage, action.due) : action.due ? `Due ${longDate(action.due)}` : 'Needs a date',
        overdue: Boolean(action.due && action.due < today && action.status !== 'complete'),
        justUpdated: action === updated,
      };
    }),
    refreshUserMris: await cardViewers(actions, context.activity.from.id, deps),
    links: deps.links,
  });
}
