import type { Actor } from '../../domain/actor';
import { actorIds } from '../../domain/actor';
import { NotAllowedError } from '../../errors';
import type { Store } from '../ports';

/**
 * The secretariat's own work (import, map leads, manage admins, subscribe a channel).
 * @throws NotAllowedError naming what was refused and how to be added
 */
export async function requireSecretariat(actor: Actor, deps: { store: Store }, what: string): Promise<void> {
  if (await deps.store.admins.isAdmin(actorIds(actor))) return;
  throw new NotAllowedError(`Only the secretariat can ${what}, and ${actor.name || actor.id} is not in it, so nothing was changed. An admin can add you with: chaser admins add ${actor.id}`);
}
