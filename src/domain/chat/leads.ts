import { MONTHS_LONG } from '../calendar-date';
import { escapeRegExp } from './chat-text';
import { keptPattern } from '../kept-patterns';

export interface LeadMatch {
  lead: string;
  index: number;
  end: number;
}

/** Capitalised words that follow "for" or take "'s" without being anyone's name. */
const NOT_NAMES = new Set([
  'what', 'that', 'it', 'who', 'where', 'there', 'here', 'let', 'how', 'when', 'which', 'this', 'next', 'last',
  'today', 'tomorrow', 'me', 'i', 'you', 'us', 'all', 'everyone', 'anyone', 'anything', 'action', 'actions', 'the',
  'week', 'month', 'end', 'mid', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ...MONTHS_LONG.map((m) => m.toLowerCase()), 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const CAPITALISED = String.raw`[A-Z][\w&.-]*`;
const NAME = String.raw`(${CAPITALISED}(?:\s+${CAPITALISED})*)`;
/** "for Commander Smith", "for the DCDG", "Commander Smith's": a lead the secretariat may not have listed. */
const NAMED = new RegExp(String.raw`\bfor\s+(?:the\s+)?${NAME}|\b${NAME}'s\b`, 'g');

function words(lead: string): string[] {
  return lead.toLowerCase().split(/\s+/);
}

function known(text: string, knownLeads: string[]): LeadMatch | null {
  // Longest first, so "AC Ephgrave" is not read as a shorter lead inside it.
  for (const lead of [...knownLeads].sort((a, b) => b.length - a.length)) {
    const m = keptPattern(`lead ${lead}`, () => new RegExp(String.raw`(?<![\w])(?:the\s+)?${escapeRegExp(lead)}(?:'s)?(?![\w])`, 'i'))!.exec(text);
    if (m) return { lead, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The lead a question is about: a known lead named anywhere (whole words, any case, spelled as the
 * register spells it), else a capitalised name after "for" or before "'s". A name that is one word of
 * a known lead ("Ephgrave's") means that lead.
 */
export function findLead(text: string, knownLeads: string[], knownBoardCodes: string[]): LeadMatch | null {
  const direct = known(text, knownLeads);
  if (direct) return direct;
  const codes = new Set(knownBoardCodes.map((c) => c.toLowerCase()));
  for (const m of text.matchAll(NAMED)) {
    const name = (m[1] ?? m[2])!;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (NOT_NAMES.has(first) || codes.has(name.toLowerCase())) continue;
    const partOf = knownLeads.filter((l) => words(l).includes(name.toLowerCase()));
    return { lead: partOf.length === 1 ? partOf[0]! : name, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

const OWN = [
  /\b(?:my|mine)\b/i,
  /\b(?:do|have|did|should|must|am|will)\s+i\b/i,
  /\bi\s+(?:have|owe|own|lead|got|need|am)\b/i,
  /\bi'(?:m|ve)\b/i,
  /\b(?:for|to|by|on|with|assigned to|owned by)\s+me\b/i,
];

/** "my actions", "what do I owe", "anything late for me"; not "show me" or "tell me", which are just asking. */
export function asksAboutOwn(text: string): boolean {
  return OWN.some((p) => p.test(text));
}
