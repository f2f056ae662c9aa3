import type { Action, Status } from '../action';

/** The order the doughnut and its legend show the statuses: red first, so trouble reads first. */
export const RAG_ORDER: Status[] = ['red', 'amber', 'on_track', 'complete', 'awaiting_update'];

/** One slice of the RAG doughnut. */
export interface DoughnutSlice {
  status: Status;
  count: number;
  /** Share of the whole, 0–1 (0 for every slice of an empty register). */
  share: number;
  /** Where the slice starts and ends around the circle, as fractions 0–1 clockwise from the top. */
  from: number;
  to: number;
}

/**
 * The RAG doughnut of a set of actions: one slice per status in RAG_ORDER, empty statuses kept (with
 * from = to) so the legend always lists all five. Shares add up to 1 unless there are no actions.
 */
export function ragDoughnut(actions: Pick<Action, 'status'>[]): { total: number; slices: DoughnutSlice[] } {
  const counts = new Map<Status, number>(RAG_ORDER.map((s) => [s, 0]));
  for (const a of actions) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  const total = actions.length;
  let at = 0;
  const slices = RAG_ORDER.map((status) => {
    const count = counts.get(status) ?? 0;
    const share = total ? count / total : 0;
    const slice = { status, count, share, from: at, to: at + share };
    at += share;
    return slice;
  });
  if (total) slices[slices.length - 1]!.to = 1;
  return { total, slices };
}
