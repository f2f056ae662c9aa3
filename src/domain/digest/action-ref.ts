import { byReference } from '../reference-order';
import { Action, actionKey, actionReference } from '../action';

/** Enough of an action to name it in a digest. */
export interface ActionRef {
  key: string;
  /** `OB 21-Apr-2022 #5`. */
  reference: string;
  number: number;
  text: string;
  lead: string;
}

export function refOf(a: Action): ActionRef {
  return { key: actionKey(a), reference: actionReference(a), number: a.number, text: a.text, lead: a.lead };
}

/** Register order: meeting date, then board, then action number. */
export function byRegisterOrder(a: Action, b: Action): number {
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? -1 : 1;
  if (a.boardCode !== b.boardCode) return a.boardCode < b.boardCode ? -1 : 1;
  return byReference(a, b);
}
