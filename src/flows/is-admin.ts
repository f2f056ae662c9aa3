import type { Actor } from '../domain/actor';
import { actorIds } from '../domain/actor';
import type { Store } from '../store/store';

/** The secretariat: CHASER_ADMINS, or added with `chaser admins add` (by AAD object id or UPN). */
export async function isAdmin(actor: Actor, deps: { store: Store; configAdmins: string[] }): Promise<boolean> {
  const ids = actorIds(actor);
  if (deps.configAdmins.some((a) => ids.includes(a.toLowerCase()))) return true;
  return (await Promise.all(ids.map((id) => deps.store.admins.isAdmin(id)))).some(Boolean);
}
