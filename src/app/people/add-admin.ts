import type { Actor } from '../../domain/actor';
import { InvalidInputError } from '../../errors';
import type { Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';

/**
 * `admins add <user>`: someone joins the secretariat (full rights). Secretariat only.
 * @throws NotAllowedError; InvalidInputError for an empty or over-long id
 */
export async function addAdmin(user: { id: string; name?: string }, actor: Actor, deps: { store: Store; clock: { now(): Date } }): Promise<void> {
  await requireSecretariat(actor, deps, 'add someone to the secretariat');
  const id = user.id.trim();
  if (!id || id.length > 200) throw new InvalidInputError(`Give the person's sign-in name or Entra object id (1 to 200 characters). Nothing was changed.`);
  await deps.store.admins.add({ id, name: user.name?.trim() || id, addedAt: deps.clock.now().toISOString(), addedBy: actor.id });
}
