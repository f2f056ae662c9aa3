import { findLead } from '../chat/leads';
import { wholeWords } from './words';

/** A lead named in a message, with where the words are. */
export interface LeadFound {
  lead: string;
  index: number;
  end: number;
}

/**
 * The lead a message names: a known lead or an alias the secretariat set ("the Met" → "MPS"), whole
 * words, any case, longest name first; for a question, also a capitalised name after "for" or before
 * "'s" that the register does not know yet ("overdue for Commander Smith").
 */
export function findLeadNamed(
  text: string,
  knownLeads: string[],
  aliases: Record<string, string>,
  knownBoardCodes: string[],
  allowUnknown: boolean,
): LeadFound | null {
  const byName = new Map<string, string>();
  for (const l of knownLeads) byName.set(l.toLowerCase(), l);
  for (const [alias, lead] of Object.entries(aliases)) byName.set(alias.toLowerCase().replace(/\s+/g, ' '), lead);
  const pattern = wholeWords([...byName.keys()], 'i');
  const m = pattern?.exec(text);
  if (m) return { lead: byName.get(m[0].toLowerCase().replace(/\s+/g, ' '))!, index: m.index, end: m.index + m[0].length };
  if (!allowUnknown) return null;
  const named = findLead(text, knownLeads, knownBoardCodes);
  return named ? { lead: named.lead, index: named.index, end: named.end } : null;
}
