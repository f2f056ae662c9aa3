import type { Action } from '../domain/action';
import type { TrendWeek } from '../domain/charts';
import type { Digest } from '../domain/digest';

/** What the board paper says above its lists, as a paper to the board has it (see board-paper-front.ts). */
export interface BoardPaperFront {
  /** The board the paper goes to; default: the boards of the actions listed ("MOPAC MPS Oversight Board"). */
  board?: string;
  /** The meeting or week it is for ("Meeting of 15 June 2022"); default: "Week beginning <the Monday of the digest's week>". */
  meeting?: string;
  /** Who reports: the "Report by:" line; default: {@link DEFAULT_REPORT_BY}. */
  reportBy?: string;
  /** The purpose paragraph; default: {@link defaultPurpose}. */
  purpose?: string;
}

/** What every exporter takes: the digest to render and the same actions, for the full register. */
export interface ExportInput {
  digest: Digest;
  /** The actions the digest was built from (xlsx and csv list them all, in register order unless `asGiven`). */
  actions: Action[];
  /** The register tab's export: xlsx and csv keep the order the grid shows (its sort), not register order. */
  asGiven?: boolean;
  /** Defaults to `DEFAULT_TITLE`. */
  title?: string;
  generatedAt: Date;
  /**
   * The protective marking printed in the header and footer of every page of the paper and the workbook
   * (Government Security Classifications: "OFFICIAL", "OFFICIAL-SENSITIVE"); none when empty.
   * The setting that should feed it: `CHASER_PROTECTIVE_MARKING`.
   */
  marking?: string;
  /** The paper's front matter; every field has a default. */
  front?: BoardPaperFront;
  /**
   * The weekly RAG trend of the same actions, from their history (app/digest/register-trend.ts), for the
   * board paper's trend figure. Absent: the paper has the RAG doughnut only and says nothing of a trend.
   */
  trend?: TrendWeek[];
}

export const DEFAULT_TITLE = 'Action log: progress update';

export const DEFAULT_REPORT_BY = 'The Secretariat, from the leads’ updates recorded by Chaser';

export function titleOf(input: ExportInput): string {
  return input.title?.trim() || DEFAULT_TITLE;
}

/** The marking in capitals without stray spaces ("official-sensitive " → "OFFICIAL-SENSITIVE"); '' when none. */
export function markingOf(input: ExportInput): string {
  return (input.marking ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
}
