import type { Action } from '../../domain/action';
import type { DigestScope } from '../../domain/digest';
import { resolveDigestTerm } from '../../domain/digest/digest-command';
import type { Store } from '../ports';

/** A lead or board code named after `digest`, or a sentence saying it names neither. */
export async function scopeOf(term: string | null, actions: Action[], store: Store): Promise<DigestScope | string> {
  if (!term) return {};
  const directory = (await store.leads.list()).map((l) => l.lead);
  const scope = resolveDigestTerm(term, actions, directory);
  if (scope) return scope;
  const codes = [...new Set(actions.map((a) => a.boardCode))];
  const leads = [...new Set([...actions.map((a) => a.lead), ...directory].filter(Boolean))].sort();
  return `I know no lead or board called "${term.slice(0, 60)}". Try "digest" for everything${leads.length ? `, or one of: ${[...leads, ...codes].slice(0, 12).join(', ')}` : ''}.`;
}
