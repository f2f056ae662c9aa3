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
import { ambiguityNote, findAction } from './find-action';
import { VisibilityDeps, whoMaySee } from '../access/who-may-see';

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
 * question needs (the due-date index for overdue/due/open questions) → filter → sort.
 * `inChannel`: a shared conversation only shows what everyone in it may see.
 */
export async function answerQuestion(interpretation: Interpretation, asker: Actor, deps: AnswerDeps, options: { inChannel?: boolean } = {}): Promise<Answer> {
  const today = londonToday(deps.clock);
  const { intent, filters } = interpretation;
  // The data is read while the asker is checked; if they may not see it, it is simply dropped.
  const pending = intent === 'show-action' && filters.action ? null : candidatesFor(interpretation, today, deps.store);
  pending?.catch(() => undefined);
  // Who is asking: the reads run side by side, a question waits for one round trip, not four.
  const { visibility, ownLeads, admin } = await whoMaySee(asker, deps, Boolean(options.inChannel));
  const mayChase = admin && !options.inChannel;

  if (visibility.kind === 'none') return { kind: 'refused', message: visibility.reason };

  if (intent === 'show-action' && filters.action) {
    const found = await findAction(filters.action, deps.store, today);
    if (!found || !canSee(visibility, found.action)) {
      return { kind: 'not-found', message: `I cannot find action ${filters.action.number}${filters.action.boardCode ? ` of ${filters.action.boardCode}` : ''}. Ask "what is open" to see the actions in the register.` };
    }
    return { kind: 'detail', action: found.action, history: await deps.store.actions.history(found.action), note: ambiguityNote(found), today, mayChase };
  }

  const candidates = await (pending ?? candidatesFor(interpretation, today, deps.store));
  const actions = sortForIntent(
    candidates.filter((a) => canSee(visibility, a) && matchesFilters(a, filters, today, ownLeads)),
    intent,
  );
  return { kind: 'list', interpretation, actions, today, mayChase };
}

/** Reads as little as the question allows: index ranges for open/due questions, the register otherwise. */
async function candidatesFor({ intent, filters }: Interpretation, today: string, store: Store): Promise<Action[]> {
  if (filters.overdue || intent === 'overdue') return store.actions.listOpenDue({ to: addDays(today, -1) });
  if (intent === 'needs-date') return store.actions.listOpenWithoutDue();
  const wantsClosed = filters.statuses?.includes('complete');
  if ((filters.dueFrom || filters.dueTo) && !wantsClosed) return store.actions.listOpenDue({ from: filters.dueFrom, to: filters.dueTo });
  if (intent === 'search' || wantsClosed) return store.actions.listAll();
  return store.actions.listOpen();
}
