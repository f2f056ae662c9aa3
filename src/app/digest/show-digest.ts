import type { Actor } from '../../domain/actor';
import type { DigestScope } from '../../domain/digest';
import { DigestDeps, WeeklyDigest, digestFrom, loadDigestSources } from './build-weekly-digest';
import { DigestAccessDeps, DigestPlace, digestAccess, digestScopeFor, digestVisibility } from './digest-access';
import { scopeOf } from './digest-scope';

export type ShownDigest = ({ kind: 'digest'; scope: DigestScope } & WeeklyDigest) | { kind: 'refused'; reason: string };

/**
 * "digest [for MPS]" from chat: who may see what here → read the register once → the (scoped) digest.
 * Cheap refusals first: the register is read only for someone who may see it.
 */
export async function showDigest(actor: Actor, place: DigestPlace, term: string | null, deps: DigestDeps & DigestAccessDeps): Promise<ShownDigest> {
  const visibility = await digestVisibility(actor, place, deps);
  if (visibility.kind === 'none') return { kind: 'refused', reason: visibility.reason };
  const sources = await loadDigestSources(deps);
  const requested = await scopeOf(term, sources.actions, deps.store);
  const access = typeof requested === 'string' ? { allowed: false as const, reason: requested } : digestScopeFor(visibility, requested);
  if (!access.allowed) return { kind: 'refused', reason: access.reason };
  return { kind: 'digest', scope: access.scope, ...digestFrom(sources, access.scope) };
}

/** The board paper for the digest card's button: the same rights, the scope the card was for. */
export async function boardPaperFor(actor: Actor, place: DigestPlace, requested: DigestScope, deps: DigestDeps & DigestAccessDeps): Promise<ShownDigest> {
  const access = await digestAccess(actor, place, requested, deps);
  if (!access.allowed) return { kind: 'refused', reason: access.reason };
  return { kind: 'digest', scope: access.scope, ...digestFrom(await loadDigestSources(deps, access.scope), access.scope) };
}
