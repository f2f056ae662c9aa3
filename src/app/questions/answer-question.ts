import type { Action } from '../../domain/action';
import type { ActionUpdate } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import { addDays } from '../../domain/calendar-date';
import type { Interpretation } from '../../domain/chat';
import type { Clock } from '../../domain/clock';
import { londonToday } from '../../domain/london-time';
import { matchesFilters, sortForIntent } from '../../domain/query';
import { canSee } from '../../domain/visibility';
import type { Store } from '../ports';
import { ambiguityNote, findAction, nameAction } from './find-action';
import { VisibilityDeps, whoMaySee } from '../access/who-may-see';
import { openActionsOf } from './open-of-leads';

export interface AnswerDeps extends VisibilityDeps {
  clock: Clock;
}

/**
 * An answer. `mayChase`: the asker is in the secretariat and asked in a personal chat, so the answer may offer
 * "Chase now" on actions whose lead is late (src/app/reach/chase-now.ts checks the rights again when pressed).
 */
export type Answer =
  | { kind: 'list'; interpretation: Interpretation; actions: Action[]; today: string; mayChase?: boolean }
  | { kind: 'detail'; action: Action; history: ActionUpdate[]; note: string | null; today: string; mayChase?: boolean }
  | { kind: 'refused'; message: string }
  | { kind: 'not-found'; message: string };

/**
 * Answers a question already interpreted: who may see what → read only the part of the register the
 * question needs (one index partition or key range for questions about open actions: see candidatesFor)
 * → filter → sort.
 * `inChannel`: a shared conversation only shows what everyone in it may see.
 */
export async function answerQuestion(interpretation: Interpretation, asker: Actor, deps: AnswerDeps, options: { inChannel?: boolean } = {}): Promise<Answer> {
  const today = londonToday(deps.clock);
  const { intent, filters } = interpretation;
  // The data is read while the asker is checked; if they may not see it, it is simply dropped. "My actions"
  // waits for who the asker answers for, to read only their leads' actions.
  const needsOwnLeads = Boolean(filters.mine && !filters.lead);
  const pending = (intent === 'show-action' && filters.action) || needsOwnLeads ? null : candidatesFor(interpretation, today, deps.store, []);
  pending?.catch(() => undefined);
  // Who is asking: the reads run side by side, a question waits for one round trip, not four.
  const { visibility, ownLeads, admin } = await whoMaySee(asker, deps, Boolean(options.inChannel));
  const mayChase = admin && !options.inChannel;

  if (visibility.kind === 'none') return { kind: 'refused', message: visibility.reason };

  if (intent === 'show-action' && filters.action) {
    // Named from the number index without the texts, then the one action and its history in one read.
    let named = await nameAction(filters.action, deps.store, today);
    let found = named && await deps.store.actions.getWithHistory(named.action);
    // "FC 14-Mar-2024 #1" in a meeting numbered by position: the action whose reference is "1", if any.
    if (found && !filters.action.ref && filters.action.boardCode && (found.action.ref || String(found.action.number)) !== String(filters.action.number)) {
      const byRef = await findAction(filters.action, deps.store, today);
      if (byRef) {
        named = byRef;
        found = await deps.store.actions.getWithHistory(byRef.action);
      }
    }
    if (!named || !found || !canSee(visibility, found.action)) {
      return { kind: 'not-found', message: `I cannot find action ${filters.action.ref ?? filters.action.number}${filters.action.boardCode ? ` of ${filters.action.boardCode}` : ''}. Ask "what is open" to see the actions in the register.` };
    }
    return { kind: 'detail', action: found.action, history: found.history, note: ambiguityNote(named), today, mayChase };
  }

  const candidates = await (pending ?? candidatesFor(interpretation, today, deps.store, ownLeads));
  const actions = sortForIntent(
    candidates.filter((a) => canSee(visibility, a) && matchesFilters(a, filters, today, ownLeads)),
    intent,
  );
  return { kind: 'list', interpretation, actions, today, mayChase };
}

/**
 * Reads as little as the question allows: one index partition or key range for questions about open
 * actions — the lead's ("what is open for MOPAC", "anything late for MPS"), the asker's own leads' ("my
 * actions"), the status's ("which actions are red"), else the due dates' —, the register only for closed
 * actions and searches. Always a superset of what `matchesFilters` keeps from the same base.
 * `ownLeads`: the leads the asker answers for (used only for "my actions").
 */
async function candidatesFor({ intent, filters }: Interpretation, today: string, store: Store, ownLeads: string[]): Promise<Action[]> {
  const wantsClosed = filters.statuses?.includes('complete');
  let range: { from?: string; to?: string } | undefined;
  if (filters.overdue || intent === 'overdue') range = { to: addDays(today, -1) };
  else if (intent === 'needs-date') return store.actions.listOpenWithoutDue();
  else if ((filters.dueFrom || filters.dueTo) && !wantsClosed) range = { from: filters.dueFrom, to: filters.dueTo };
  else if (intent === 'search' || wantsClosed) return store.actions.listAll();
  // Open actions (due in `range` when there is one), from the narrowest index the filters allow.
  if (filters.lead) return store.actions.listOpenByLead(filters.lead, range);
  if (filters.mine) return openActionsOf(ownLeads, store, range);
  const [status, ...others] = filters.statuses ?? [];
  if (status && !others.length) return store.actions.listOpenByStatus(status, range);
  return range ? store.actions.listOpenDue(range) : store.actions.listOpen();
}
