import type { Action } from '../../domain/action';
import { parseActionKey } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import { canSee } from '../../domain/visibility';
import { VisibilityDeps, whoMaySee } from '../access/who-may-see';

/** A reminder card lists a few actions; a request naming more is not a card Chaser sent. */
export const MAX_ACTIONS_ON_A_CARD = 20;

/**
 * The actions a card names, as they stand now, for the person looking at it (a refresh, or the card
 * after a submit): only those this person may see, by the same rule as questions (who-may-see), and at
 * most MAX_ACTIONS_ON_A_CARD of them whatever the request says. Keys that name nothing are dropped.
 */
export async function actionsOnCard(keys: string[], viewer: Actor, deps: VisibilityDeps, inChannel = false): Promise<Action[]> {
  const ids = [...new Set(keys)].slice(0, MAX_ACTIONS_ON_A_CARD).map(parseActionKey).filter((id) => id !== null);
  if (!ids.length) return [];
  const [{ visibility }, stored] = await Promise.all([whoMaySee(viewer, deps, inChannel), Promise.all(ids.map((id) => deps.store.actions.get(id)))]);
  return stored.flatMap((s) => (s && canSee(visibility, s.action) ? [s.action] : []));
}
