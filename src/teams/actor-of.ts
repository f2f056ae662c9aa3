import type { TurnContext } from 'botbuilder';
import type { Actor } from '../domain/actor';
import type { Store } from '../app/ports';
import { userIdOf } from './conversation-record';

/** Who sent this activity, with the other ids they may be mapped by (Bot Framework id, UPN). */
export async function actorOf(context: TurnContext, store: Store): Promise<Actor> {
  const from = context.activity.from;
  const id = userIdOf(context.activity);
  const personal = await store.conversations.findPersonal(id);
  const aliases = [from.id, personal?.upn].filter((x): x is string => Boolean(x) && x !== id);
  return { id, name: from.name || id, aliases };
}
