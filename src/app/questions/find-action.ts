import type { Action, ActionId } from '../../domain/action';
import { actionKey, actionReference } from '../../domain/action';
import type { ActionSelector } from '../../domain/chat';
import type { ActionRef, Store } from '../ports';

export interface FoundAction<A extends ActionId = Action> {
  action: A;
  /** When "action 5" fits several meetings: the others, so the answer can offer them. */
  others: A[];
}

/**
 * The action someone named. "OB 21-Apr-2022 #5" is exact; "action 5" alone (the action referenced 5, never
 * the fifth of a meeting the board referenced otherwise) means the latest meeting
 * held by `today` (a meeting still to come is offered among the others, never taken); the answer says so.
 */
export async function findAction(selector: ActionSelector, store: Store, today?: string): Promise<FoundAction | null> {
  if (selector.ref) return pick(await findByRefAnyCase(selector.ref, store), selector, today);
  if (selector.boardCode && selector.meetingDate) {
    const stored = await store.actions.get({ boardCode: selector.boardCode, meetingDate: selector.meetingDate, number: selector.number });
    // "OB 21-Apr-2022 #1" names the action whose reference is "1": in a meeting numbered by position (its
    // references are "01.05", "(1)" …) that may not be the first action; the reference wins.
    if (stored && (stored.action.ref || String(stored.action.number)) === String(selector.number)) return { action: stored.action, others: [] };
    const byRef = pick(await store.actions.findByRef(String(selector.number)), selector, today);
    if (byRef) return byRef;
    return stored ? { action: stored.action, others: [] } : null;
  }
  return pick(numbered(await store.actions.findByNumber(selector.number), await store.actions.findByRef(String(selector.number)), selector.number), selector, today);
}

/**
 * The actions referenced `ref` as the board wrote it, or, when none is, as typed in another case ("min 46" for
 * "Min 46", "bod 24/18(b)" for "BOD 24/18(b)"): words in capitals or capitalised, then all capitals or small letters.
 * The index keys references as written, so each spelling is one read, made only when the one before found nothing.
 */
async function findByRefAnyCase(ref: string, store: Store): Promise<Action[]> {
  // Words in capitals or capitalised ("BOD", "Min"); a single letter ("(b)") as typed, then in either case.
  const words = (f: (w: string) => string) => ref.replace(/[A-Za-z]{2,}/g, f);
  const spellings = [ref, words((w) => w.toUpperCase()), words((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()), ref.toUpperCase(), ref.toLowerCase()];
  for (const spelling of new Set(spellings)) {
    const found = await store.actions.findByRef(spelling);
    if (found.length) return found;
  }
  return [];
}

/**
 * "Action 2" names the actions whose reference is 2: those numbered 2 whose board reference is 2 (or who
 * have none), and those the board referenced "2" though they stand elsewhere in their meeting. An action
 * that is second in a meeting referenced "42/21" is not action 2: taking it would be a guess.
 */
export function numbered<A extends ActionId & { ref?: string }>(byNumber: A[], byRef: A[], n: number): A[] {
  const kept = byNumber.filter((a) => !a.ref || a.ref === String(n));
  const keys = new Set(kept.map(actionKey));
  return [...kept, ...byRef.filter((a) => !keys.has(actionKey(a)))];
}

/**
 * The action someone named, as `findAction` picks it, named only (no texts read): an exact reference is
 * taken as written (whether it exists is for the caller's read to say); "action 5" reads the number index.
 */
export async function nameAction(selector: ActionSelector, store: Store, today?: string): Promise<FoundAction<ActionId | ActionRef> | null> {
  if (selector.ref) return pick(await findByRefAnyCase(selector.ref, store), selector, today);
  if (selector.boardCode && selector.meetingDate) return { action: { boardCode: selector.boardCode, meetingDate: selector.meetingDate, number: selector.number }, others: [] };
  return pick(numbered(await store.actions.findNumbered(selector.number), await store.actions.findByRef(String(selector.number)), selector.number), selector, today);
}

/** The candidates that fit the selector, the latest meeting held first. */
function pick<A extends ActionId>(named: A[], selector: ActionSelector, today: string | undefined): FoundAction<A> | null {
  const candidates = named
    .filter((a) => (!selector.boardCode || a.boardCode === selector.boardCode) && (!selector.meetingDate || a.meetingDate === selector.meetingDate))
    // Meeting dates are ISO dates: compared as text they sort as dates (and far faster than localeCompare).
    .sort((a, b) => held(b, today) - held(a, today) || (a.meetingDate < b.meetingDate ? 1 : a.meetingDate > b.meetingDate ? -1 : 0));
  if (!candidates.length) return null;
  return { action: candidates[0]!, others: candidates.slice(1) };
}

/** 1 for a meeting held by `today` (or when today is unknown), 0 for one still to come. */
function held(a: ActionId, today: string | undefined): number {
  return !today || a.meetingDate <= today ? 1 : 0;
}

export function ambiguityNote(found: FoundAction<ActionId & { ref?: string }>): string | null {
  if (!found.others.length) return null;
  return `There is an action ${found.action.number} in ${found.others.length + 1} meetings; this is the latest held so far. The others: ${found.others.map(actionReference).join(', ')}.`;
}
