import type { Actor } from '../../domain/actor';
import { normaliseLead } from '../../domain/lead';
import { VisibilityDeps, whoMaySee } from '../access/who-may-see';
import { LeadReach, ReachState, unreachableLeads } from './lead-reachability';

/**
 * "Which leads can't be reached?" for this asker: every lead nobody can be reached for, with its people and
 * their states, limited to the leads the asker may see (src/domain/visibility.ts); `refused` with the
 * reason when they may see nothing. `text` is the answer in words for chat.
 */
export async function askUnreachableLeads(
  asker: Actor, deps: VisibilityDeps, options: { inChannel?: boolean } = {},
): Promise<{ kind: 'leads'; leads: LeadReach[]; text: string } | { kind: 'refused'; message: string }> {
  const { visibility } = await whoMaySee(asker, deps, options.inChannel);
  if (visibility.kind === 'none') return { kind: 'refused', message: visibility.reason };
  const maySee = visibility.kind === 'all' ? () => true : (lead: string) => visibility.leads.some((l) => normaliseLead(l) === normaliseLead(lead));
  const leads = (await unreachableLeads(deps)).filter((l) => maySee(l.lead));
  const text = leads.length
    ? `Leads Chaser cannot reach:\n\n${leads.map((l) => `- ${l.lead}: ${whyUnreachable(l)}`).join('\n')}`
    : 'Chaser can reach someone for every lead.';
  return { kind: 'leads', leads, text };
}

const STATE_WORDS: Record<ReachState, string> = {
  installed: 'has Chaser',
  'pending-install': 'Chaser was installed for them; it opens the chat at the next morning\'s sweep',
  blocked: 'blocked or removed Chaser',
  left: 'has left: their account is disabled; map someone else',
  unknown: 'has not opened Chaser yet',
};

/** Why nobody can be reached for a lead, in words, with what the secretariat can do. */
export function whyUnreachable(lead: LeadReach): string {
  if (!lead.people.length) return `nobody is mapped to ${lead.lead} (map it with: chaser leads set "${lead.lead}" USER-EMAIL)`;
  return lead.people.map((p) => `${p.name} (${STATE_WORDS[p.state]}${p.guest ? ', a guest from a partner organisation' : ''})`).join(', ');
}
