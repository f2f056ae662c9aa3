import type { Actor } from '../../domain/actor';
import { isAdmin } from '../access/is-admin';
import { whoMaySee } from '../access/who-may-see';
import type { TabDeps } from './tab-deps';

/** Who the tab is open for, and what its filters can offer them. */
export interface TabSession {
  name: string;
  /** The secretariat: sees everything and may correct any action. */
  secretariat: boolean;
  /** The leads this person answers for (or is a delegate of): "My actions" shows theirs. */
  ownLeads: string[];
  /** True when they may see the register at all. */
  maySee: boolean;
  /** Why not, when they may not. */
  refusal: string | null;
  /**
   * For the filters: the leads of the directory and of the open actions they may see, and the meetings
   * with open actions (as `OB_2022-04-21`, newest first). Read from the open-actions index, not the
   * whole register, so the tab opens fast on a large register.
   */
  leads: string[];
  meetings: { key: string; label: string }[];
}

/** Opens the tab for someone: their rights (the same rules as chat) and the filters' choices. */
export async function openTabSession(asker: Actor, deps: TabDeps): Promise<TabSession> {
  const [{ visibility, ownLeads }, secretariat] = await Promise.all([whoMaySee(asker, deps), isAdmin(asker, deps)]);
  const base = { name: asker.name || asker.id, secretariat, ownLeads };
  if (visibility.kind === 'none') return { ...base, maySee: false, refusal: visibility.reason, leads: [], meetings: [] };
  const [actions, directory] = await Promise.all([deps.store.actions.listOpen(), deps.store.leads.list()]);
  const visible = visibility.kind === 'all' ? actions : actions.filter((a) => visibility.leads.some((l) => l.toLowerCase() === a.lead.toLowerCase()));
  const leads = new Set([...visible.map((a) => a.lead).filter(Boolean), ...(visibility.kind === 'all' ? directory.map((l) => l.lead) : [])]);
  const meetings = new Map<string, string>();
  for (const a of visible) meetings.set(`${a.boardCode}_${a.meetingDate}`, `${a.boardCode} ${a.meetingDate}`);
  return {
    ...base,
    maySee: true,
    refusal: null,
    leads: [...leads].sort((a, b) => a.localeCompare(b, 'en-GB')),
    meetings: [...meetings].map(([key, label]) => ({ key, label })).sort((a, b) => b.key.localeCompare(a.key)),
  };
}
