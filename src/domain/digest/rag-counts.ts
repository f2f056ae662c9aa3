import type { Action } from '../action';

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
}

export function countRag(actions: Pick<Action, 'status'>[]): RagCounts {
  const counts: RagCounts = { total: 0, progressed: 0, complete: 0, onTrack: 0, amber: 0, red: 0, awaitingUpdate: 0 };
  for (const { status } of actions) {
    counts.total++;
    if (status === 'complete') counts.complete++;
    else if (status === 'on_track') counts.onTrack++;
    else if (status === 'amber') counts.amber++;
    else if (status === 'red') counts.red++;
    else counts.awaitingUpdate++;
  }
  counts.progressed = counts.total - counts.awaitingUpdate;
  return counts;
}
