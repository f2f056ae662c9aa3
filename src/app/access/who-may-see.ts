import type { Actor } from '../../domain/actor';
import { actorIds } from '../../domain/actor';
import { Visibility, visibilityFor } from '../../domain/visibility';
import type { Store } from '../ports';
import { isAdmin } from './is-admin';

/** What deciding who may see what needs: the store and the settings that open the register wider. */
export interface VisibilityDeps {
  store: Store;
  leadsSeeAll: boolean;
  openToTenant: boolean;
  /** Digest recipients see everything (the digest feature registers them). */
  isRecipient?: (actor: Actor) => Promise<boolean>;
}

/**
 * What this person may see, with the leads they answer for and whether they are in the secretariat: the one
 * rule every question, card button and refresh applies (domain/visibility.ts). `inChannel`: a shared
 * conversation shows only what everyone in it may see. The identity reads run side by side.
 */
export async function whoMaySee(actor: Actor, deps: VisibilityDeps, inChannel = false): Promise<{ visibility: Visibility; ownLeads: string[]; admin: boolean }> {
  const [ownLeads, admin, recipient] = await Promise.all([
    leadsOf(actor, deps.store), isAdmin(actor, deps), deps.isRecipient ? deps.isRecipient(actor) : Promise.resolve(false),
  ]);
  const settings = { leadsSeeAll: deps.leadsSeeAll, openToTenant: deps.openToTenant };
  // In a channel everyone reads the answer: show it only if the register is open to all members.
  if (inChannel && !settings.openToTenant && !settings.leadsSeeAll) {
    return { ownLeads, admin, visibility: { kind: 'none', reason: 'In a channel I only answer when the register is open to everyone in it; ask me in a personal chat.' } };
  }
  return { ownLeads, admin, visibility: visibilityFor({ isAdmin: admin, isRecipient: recipient, ownLeads }, settings) };
}

/** The leads the person answers for (or is a delegate of). */
export async function leadsOf(actor: Actor, store: Store): Promise<string[]> {
  const ids = actorIds(actor);
  return (await store.leads.list())
    .filter((l) => [...l.users, ...l.delegates].some((u) => ids.includes(u.id.toLowerCase())))
    .map((l) => l.lead);
}
