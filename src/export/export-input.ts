import type { Action } from '../domain/action';
import type { Digest } from '../domain/digest';

/** What every exporter takes: the digest to render and the same actions, for the full register. */
export interface ExportInput {
  digest: Digest;
  /** The actions the digest was built from (xlsx and csv list them all, in register order). */
  actions: Action[];
  /** Defaults to `DEFAULT_TITLE`. */
  title?: string;
  generatedAt: Date;
}

export const DEFAULT_TITLE = 'Action log: progress update';

export function titleOf(input: ExportInput): string {
  return input.title?.trim() || DEFAULT_TITLE;
}
