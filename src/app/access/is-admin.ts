import type { Actor } from '../../domain/actor';
import { actorIds } from '../../domain/actor';
import type { Store } from '../ports';

/** The secretariat: named in settings (CHASER_ADMINS) or added since, by AAD object id or UPN. */
export async function isAdmin(actor: Actor, deps: { store: Store }): Promise<boolean> {
  return deps.store.admins.isAdmin(actorIds(actor));
}
