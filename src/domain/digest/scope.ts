import type { Action } from '../action';
import { normaliseLead } from '../lead';

/** A digest for one lead and/or one board; both optional. */
export interface DigestScope {
  lead?: string;
  boardCode?: string;
}

/** Leads match as `normaliseLead` says ("The MPS" = "mps"); board codes ignore case. */
export function inScope(scope: DigestScope | undefined): (a: Pick<Action, 'lead' | 'boardCode'>) => boolean {
  const lead = scope?.lead?.trim() ? normaliseLead(scope.lead) : null;
  const board = scope?.boardCode?.trim() ? scope.boardCode.trim().toUpperCase() : null;
  return (a) =>
    (lead === null || normaliseLead(a.lead) === lead) && (board === null || a.boardCode.toUpperCase() === board);
}

/** Unreachable leads kept for a lead's own digest only when they are that lead. */
export function leadsInScope(leads: string[], scope: DigestScope | undefined): string[] {
  if (!scope?.lead?.trim()) return leads;
  const lead = normaliseLead(scope.lead);
  return leads.filter((l) => normaliseLead(l) === lead);
}
