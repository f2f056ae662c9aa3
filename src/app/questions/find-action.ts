import type { Action } from '../../domain/action';
import { actionReference } from '../../domain/action';
import type { ActionSelector } from '../../domain/chat';
import type { Store } from '../ports';

export interface FoundAction {
  action: Action;
  /** When "action 5" fits several meetings: the others, so the answer can offer them. */
  others: Action[];
}

/**
 * The action someone named. "OB 21-Apr-2022 #5" is exact; "action 5" alone means the latest meeting
 * held by `today` (a meeting still to come is offered among the others, never taken); the answer says so.
 */
export async function findAction(selector: ActionSelector, store: Store, today?: string): Promise<FoundAction | null> {
  if (selector.boardCode && selector.meetingDate) {
    const stored = await store.actions.get({ boardCode: selector.boardCode, meetingDate: selector.meetingDate, number: selector.number });
    return stored ? { action: stored.action, others: [] } : null;
  }
  const candidates = (await store.actions.findByNumber(selector.number))
    .filter((a) => (!selector.boardCode || a.boardCode === selector.boardCode) && (!selector.meetingDate || a.meetingDate === selector.meetingDate))
    .sort((a, b) => held(b, today) - held(a, today) || b.meetingDate.localeCompare(a.meetingDate));
  if (!candidates.length) return null;
  return { action: candidates[0]!, others: candidates.slice(1) };
}

/** 1 for a meeting held by `today` (or when today is unknown), 0 for one still to come. */
function held(a: Action, today: string | undefined): number {
  return !today || a.meetingDate <= today ? 1 : 0;
}

export function ambiguityNote(found: FoundAction): string | null {
  if (!found.others.length) return null;
  return `There is an action ${found.action.number} in ${found.others.length + 1} meetings; this is the latest held so far. The others: ${found.others.map(actionReference).join(', ')}.`;
}
