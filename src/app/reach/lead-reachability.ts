import type { Action } from '../../domain/action';
import { actionKey } from '../../domain/action';
import { LeadUser, normaliseLead } from '../../domain/lead';
import type { ConversationRecord, Store } from '../ports';
import { RecipientBook } from '../delivery/recipients';
import { INSTALL_SCOPE, installKey } from './install-ledger';

/**
 * How Chaser reaches one person:
 * - `installed`: they have a personal chat with Chaser (it can send them reminders);
 * - `pending-install`: Chaser installed itself for them and has no chat yet (the reach pass opens it, or Teams tells of it);
 * - `blocked`: they had one, but a send was refused with 403 (they blocked or removed Chaser);
 * - `left`: the directory says their account is disabled (found at a sweep): map someone else;
 * - `unknown`: mapped to a lead, but Chaser has never seen them in Teams (it cannot message them yet).
 */
export type ReachState = 'installed' | 'pending-install' | 'blocked' | 'left' | 'unknown';

/** One person who answers for a lead, and how they are reached. Instants are ISO strings. */
export interface PersonReach {
  /** As mapped (Entra object id or UPN). */
  id: string;
  name: string;
  state: ReachState;
  /** A guest of this tenant (from a partner organisation), as the directory said when last checked. */
  guest: boolean;
  /** When a reminder or chase for one of the lead's open actions last reached them (from the delivery ledger); null: never. */
  lastReceived: string | null;
  /** When they last recorded a status on one of the lead's actions (the action's latest update); null: never. */
  lastAnswered: string | null;
}

/** One lead: its people and whether anyone of them can be reached; `openActions` counts its open actions. */
export interface LeadReach {
  lead: string;
  people: PersonReach[];
  /** True when at least one person is `installed`. */
  reachable: boolean;
  openActions: number;
}

/**
 * Reachability at a glance (issue #21): every lead — those in the lead directory and those named on open
 * actions — with its people and how each is reached, sorted by lead. Reads the directory, the open
 * actions, each mapped person's conversation, and the ledger of the open actions of mapped leads (one read
 * per action) for when each person last received a reminder. With `statesOnly` (the sweep's installing and
 * chat opening, which need only how each mapped person is reached): the directory's leads and their people's
 * states only — no open actions read (`openActions` 0), no ledger — so the sweep's cost stays flat in the
 * register's size.
 */
export async function leadReachability(deps: { store: Store }, options: { statesOnly?: boolean } = {}): Promise<LeadReach[]> {
  const [entries, open] = await Promise.all([deps.store.leads.list(), options.statesOnly ? [] : deps.store.actions.listOpen()]);
  const byLead = new Map<string, { lead: string; users: LeadUser[]; actions: Action[] }>();
  for (const e of entries) byLead.set(normaliseLead(e.lead), { lead: e.lead, users: e.users, actions: [] });
  for (const a of open) {
    if (!a.lead) continue;
    const key = normaliseLead(a.lead);
    const found = byLead.get(key) ?? { lead: a.lead, users: [], actions: [] };
    found.actions.push(a);
    byLead.set(key, found);
  }
  const book = new RecipientBook(deps.store);
  const installs = new Set((await deps.store.ledger.forScope(INSTALL_SCOPE)).filter((r) => r.entry.state === 'sent').map((r) => r.key));
  const leads: LeadReach[] = [];
  for (const { lead, users, actions } of byLead.values()) {
    const received = users.length && !options.statesOnly ? await lastReceived(actions, deps.store) : new Map<string, string>();
    const people: PersonReach[] = [];
    for (const user of users) {
      const conversation = await book.person(user.id);
      const ids = idsOf(user.id, conversation);
      people.push({
        id: user.id,
        name: user.name || conversation?.userName || user.id,
        state: user.leftAt ? 'left' : stateOf(conversation, installs.has(installKey(user.id))),
        guest: Boolean(user.guest),
        lastReceived: latest(ids.map((id) => received.get(id))),
        lastAnswered: latest(actions.map((a) => (a.latest && ids.includes(a.latest.by.toLowerCase()) ? a.latest.at : undefined))),
      });
    }
    leads.push({ lead, people, reachable: people.some((p) => p.state === 'installed'), openActions: actions.length });
  }
  return leads.sort((a, b) => a.lead.localeCompare(b.lead));
}

/** The leads nobody can be reached for, with their people (none mapped, or none installed). */
export async function unreachableLeads(deps: { store: Store }): Promise<LeadReach[]> {
  return (await leadReachability(deps)).filter((l) => !l.reachable);
}

function stateOf(conversation: ConversationRecord | null, installed: boolean): ReachState {
  if (!conversation) return installed ? 'pending-install' : 'unknown';
  return conversation.blockedAt ? 'blocked' : 'installed';
}

/** Every id a person may be known by (as mapped, the chat's user id, their UPN), lower-cased. */
function idsOf(mapped: string, conversation: ConversationRecord | null): string[] {
  return [mapped, conversation?.target, conversation?.upn].filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase());
}

/** Recipient id (lower-cased, as the ledger keys it) → latest sentAt over these actions' reminders and chases. */
async function lastReceived(actions: Action[], store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const rows = await Promise.all(actions.map((a) => store.ledger.forScope(actionKey(a))));
  for (const { key, entry } of rows.flat()) {
    if (entry.state !== 'sent' || !entry.sentAt || (entry.kind !== 'reminder' && entry.kind !== 'chase')) continue;
    const recipient = key.slice(key.lastIndexOf('|') + 1);
    if ((out.get(recipient) ?? '') < entry.sentAt) out.set(recipient, entry.sentAt);
  }
  return out;
}

function latest(instants: Array<string | undefined>): string | null {
  return instants.filter((i): i is string => Boolean(i)).sort().pop() ?? null;
}
