import type { Action } from '../action';
import { normaliseLead } from '../lead';
import type { DigestScope } from './scope';

/** What `digest …` in chat asks for; `term` is a lead or a board code still to be resolved. */
export type DigestCommand =
  | { kind: 'show'; term: string | null }
  | { kind: 'subscribe'; term: string | null }
  | { kind: 'unsubscribe' };

/** `digest`, `digest for MPS`, `digest OB`, `digest subscribe [for MPS]`, `digest unsubscribe` (any case, trailing punctuation). */
export const DIGEST_MESSAGE = /^\s*(?:the\s+)?(?:weekly\s+)?digest\b(.*)$/i;

export function parseDigestCommand(text: string): DigestCommand | null {
  const m = DIGEST_MESSAGE.exec(text);
  if (!m) return null;
  const rest = (m[1] ?? '').replace(/[.!?]+\s*$/, '').trim();
  if (/^(unsubscribe|stop)$/i.test(rest)) return { kind: 'unsubscribe' };
  const subscribe = /^(?:subscribe|sub|start)\b\s*(.*)$/i.exec(rest);
  if (subscribe) return { kind: 'subscribe', term: termOf(subscribe[1] ?? '') };
  return { kind: 'show', term: termOf(rest) };
}

function termOf(text: string): string | null {
  const term = text.replace(/^(?:for|of|on)\s+/i, '').replace(/^the\s+/i, '').trim();
  return term || null;
}

/**
 * A term as a scope: a board code of the register (`OB`, any case) wins, then a lead of the register or
 * of the lead directory ("the MPS" = "MPS"). Null when it names neither.
 */
export function resolveDigestTerm(term: string, actions: Pick<Action, 'boardCode' | 'lead'>[], directoryLeads: string[]): DigestScope | null {
  const code = term.trim().toUpperCase();
  if (actions.some((a) => a.boardCode.toUpperCase() === code)) return { boardCode: code };
  const wanted = normaliseLead(term);
  const lead = [...actions.map((a) => a.lead), ...directoryLeads].find((l) => normaliseLead(l) === wanted);
  return lead ? { lead } : null;
}
