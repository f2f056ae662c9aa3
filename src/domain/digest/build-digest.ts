import type { Action } from '../action';
import type { IsoDate } from '../calendar-date';
import type { BusinessCalendar } from '../business-days';
import { ChangesSince, DigestChange, changesSince } from './changes';
import { DigestLine, digestLists } from './lists';
import { RagCounts, countRag } from './rag-counts';
import { DigestScope, inScope, leadsInScope } from './scope';
import { summaryLines, summarySentence } from './summary';
import { DigestTableGroup, digestTable } from './table';

/** Everything the weekly digest says, in the DCDG's order (docs/product-rules.md "The weekly digest"). */
export interface Digest {
  asOf: IsoDate;
  counts: RagCounts;
  summary: string[];
  sentence: string;
  /** Empty when there is nothing to compare with (the first digest). */
  changes: DigestChange[];
  overdue: DigestLine[];
  dueSoon: DigestLine[];
  awaitingUpdate: DigestLine[];
  needsDate: DigestLine[];
  unreachableLeads: string[];
  table: DigestTableGroup[];
}

export interface DigestInput {
  asOf: IsoDate;
  actions: Action[];
  /** Null for the first digest: no changes are listed and the caller says so. */
  since: ChangesSince | null;
  unreachableLeads: string[];
  calendar: BusinessCalendar;
  scope?: DigestScope;
}

export function buildDigest(input: DigestInput): Digest {
  const actions = input.actions.filter(inScope(input.scope));
  const counts = countRag(actions);
  return {
    asOf: input.asOf,
    counts,
    summary: summaryLines(counts),
    sentence: summarySentence(counts),
    changes: input.since ? changesSince(actions, input.since) : [],
    ...digestLists(actions, input.asOf, input.calendar),
    unreachableLeads: leadsInScope(input.unreachableLeads, input.scope),
    table: digestTable(actions),
  };
}
