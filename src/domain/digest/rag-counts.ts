import type { Action, Status } from '../action';

/** How many actions stand at each RAG, as the DCDG paper counts them. */
export interface RagCounts {
  total: number;
  /** Every action that has had a status reported: `total - awaitingUpdate`. */
  progressed: number;
  complete: number;
  onTrack: number;
  amber: number;
  red: number;
  awaitingUpdate: number;
  /**
   * Of the complete ones, those proposed for closure and awaiting the board (src/domain/closure.ts).
   * Present only when there are some, so registers without the board's cycle read as before.
   */
  proposedForClosure?: number;
}

export function countRag(actions: Array<Pick<Action, 'status'> & { flags?: Action['flags'] }>): RagCounts {
  const counts: RagCounts = { total: 0, progressed: 0, complete: 0, onTrack: 0, amber: 0, red: 0, awaitingUpdate: 0 };
  let proposed = 0;
  for (const { status, flags } of actions) {
    counts.total++;
    if (status === 'complete' && flags?.includes('proposed-for-closure')) proposed++;
    if (status === 'complete') counts.complete++;
    else if (status === 'on_track') counts.onTrack++;
    else if (status === 'amber') counts.amber++;
    else if (status === 'red') counts.red++;
    else counts.awaitingUpdate++;
  }
  counts.progressed = counts.total - counts.awaitingUpdate;
  if (proposed > 0) counts.proposedForClosure = proposed;
  return counts;
}

/** The counts by status (the doughnut's and the legend's numbers). */
export function countsByStatus(c: RagCounts): Record<Status, number> {
  return { complete: c.complete, on_track: c.onTrack, amber: c.amber, red: c.red, awaiting_update: c.awaitingUpdate };
}
