import type { Actor } from '../../domain/actor';
import type { Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';

/** `admins remove <user>`: false when they were not an admin (or are named in CHASER_ADMINS, which only settings change). */
export async function removeAdmin(userId: string, actor: Actor, deps: { store: Store }): Promise<boolean> {
  await requireSecretariat(actor, deps, 'remove someone from the secretariat');
  return deps.store.admins.remove(userId);
}
