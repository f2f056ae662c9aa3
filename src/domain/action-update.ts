import type { IsoDate } from './calendar-date';
import type { Status } from './action';

/** Where an update came from (`tab`: the register tab in Teams). */
export type UpdateSource = 'card' | 'chat' | 'cli' | 'import' | 'system' | 'tab';

/**
 * One entry in an action's history. Entries are only ever added:
 * - `created`: the action entered the register;
 * - `status`: a lead (or the secretariat) reported a status and an update;
 * - `edited`: the action's text, timing, due date or lead were corrected (the `changes` say what);
 * - `chased`: the secretariat sent the lead the reminder card on demand ("chase MPS on action 19"); `text`
 *   is the secretariat's line on the card (may be empty). The action itself is unchanged; at most one a
 *   London day (src/app/reach/chase-now.ts).
 */
export interface ActionUpdate {
  kind: 'created' | 'status' | 'edited' | 'chased';
  at: string; // ISO instant
  by: string; // user id (AAD object id, UPN, or `cli:<name>`)
  byName: string;
  source: UpdateSource;
  status: Status | null;
  text: string;
  revisedDue: IsoDate | null;
  changes: FieldChange[];
}

/** `closure` moves between `open`, `proposed` (for closure) and `closed` (src/domain/closure.ts). */
export interface FieldChange {
  field: 'text' | 'timing' | 'due' | 'lead' | 'strand' | 'status' | 'closure';
  from: string | null;
  to: string | null;
}
