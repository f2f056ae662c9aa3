import type { Actor } from '../../domain/actor';
import { actorIds } from '../../domain/actor';
import type { DigestScope } from '../../domain/digest';
import { normaliseLead } from '../../domain/lead';
import { Visibility, visibilityFor } from '../../domain/visibility';
import type { Store } from '../ports';
import { leadsOf } from '../access/who-may-see';
import { isAdmin } from '../access/is-admin';

export interface DigestAccessDeps {
  store: Store;
  leadsSeeAll: boolean;
  openToTenant: boolean;
}

/** Where the digest was asked for: a personal chat, or a channel / group chat everyone in it reads. */
export type DigestPlace = { shared: false } | { shared: true; subscriberKey: string };

/** Allowed, with the scope the asker may have (a lead restricted to their own actions gets theirs). */
export type DigestAccess = { allowed: true; scope: DigestScope } | { allowed: false; reason: string };

const NOT_YOURS = 'Chaser gives the digest to the secretariat, action leads and digest recipients, and you are not one of them yet. Ask the secretariat to add you.';
const NOT_HERE = 'I only post the digest here when this conversation is subscribed; a secretariat member can say "digest subscribe" here. You can also ask me in a personal chat.';

/** True when this person gets the digest (by any of the ids they are known by). */
export async function isDigestRecipient(actor: Actor, store: Store): Promise<boolean> {
  return (await store.digests.findSubscriber(actorIds(actor))) !== null;
}

/**
 * Who may see the digest: the secretariat, its recipients and the leads (everything unless the admins
 * restrict leads to their own). In a shared conversation everyone reads the answer, so only a subscribed
 * conversation or an admin's request gets it there. Cheap: asked before the register is read.
 */
export async function digestVisibility(actor: Actor, place: DigestPlace, deps: DigestAccessDeps): Promise<Visibility> {
  const admin = await isAdmin(actor, deps);
  if (place.shared) {
    if (admin || (await deps.store.digests.findSubscriber([place.subscriberKey]))) return { kind: 'all' };
    return { kind: 'none', reason: NOT_HERE };
  }
  const ownLeads = await leadsOf(actor, deps.store);
  const recipient = !admin && (await isDigestRecipient(actor, deps.store));
  const visibility = visibilityFor({ isAdmin: admin, isRecipient: recipient, ownLeads }, { leadsSeeAll: deps.leadsSeeAll, openToTenant: deps.openToTenant });
  return visibility.kind === 'none' ? { kind: 'none', reason: NOT_YOURS } : visibility;
}

/** The scope a digest may have for someone who sees this much. */
export function digestScopeFor(visibility: Visibility, requested: DigestScope): DigestAccess {
  if (visibility.kind === 'all') return { allowed: true, scope: requested };
  if (visibility.kind === 'none') return { allowed: false, reason: visibility.reason };
  return ownLeadScope(visibility.leads, requested);
}

export async function digestAccess(actor: Actor, place: DigestPlace, requested: DigestScope, deps: DigestAccessDeps): Promise<DigestAccess> {
  return digestScopeFor(await digestVisibility(actor, place, deps), requested);
}

/** A lead who may see only their own actions: their lead's digest, if they name it or answer for one lead only. */
function ownLeadScope(leads: string[], requested: DigestScope): DigestAccess {
  const named = requested.lead ? leads.find((l) => normaliseLead(l) === normaliseLead(requested.lead!)) : undefined;
  if (requested.lead && !named) return { allowed: false, reason: `You can see the digest for ${leads.join(' or ')} only.` };
  const lead = named ?? (leads.length === 1 ? leads[0] : undefined);
  if (!lead) return { allowed: false, reason: `Say which lead: ${leads.map((l) => `"digest for ${l}"`).join(' or ')}.` };
  return { allowed: true, scope: { ...requested, lead } };
}
