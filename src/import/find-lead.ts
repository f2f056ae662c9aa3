/**
 * Role words that can stand for a person or office on their own ("Secretariat to circulate ...",
 * "Treasurer to circulate ...", "Clerk to write ..."): the officers and bodies boards, committees, panels
 * and trustees name in minutes. Singular and plural, with or without "Vice-"/"Deputy-".
 */
const SINGLE_ROLE = /^(?:(?:vice|deputy)-)?(?:secretariat|secretary|commissioner|chair|chairman|chairwoman|chairperson|mayor|ceo|cfo|coo|treasurer|clerk|president|director|manager|officer|registrar|convenor|convener|principal|headteacher|governor|trustee|auditor|executive|committee|council|panel|board|team|solicitor|controller|coordinator|co-ordinator|lead|leader)s?$/i;

/** True for a role word standing for an office on its own ("Clerk", "TREASURER", "Deputy-Chair"). */
export function isRole(word: string): boolean {
  return SINGLE_ROLE.test(word.trim());
}

/** Nouns that make a subject a thing, not a lead ("The Use of Force Report to include ..."). */
const THINGS = /\b(?:report|paper|papers|plan|update|review|data|minutes|item|strategy|policy|information|note|letter|board meeting)$/i;

/** Words minutes write in capitals to record a decision, never a lead. */
const DECISION_WORD = /^(?:resolved|agreed|decided|noted|approved|recommended)$/i;

const JOINERS = new Set(['and', '&', 'of', 'the', 'for', '/', '+']);

/** A role's initials written with its small words: "DoF" (Director of Finance), "HoS", "CEx", "ADoN". */
const MIXED_INITIALS = /^[A-Z](?:[a-z]?[A-Z]){1,4}[a-z]?$/;

function isAcronym(word: string): boolean {
  if (MIXED_INITIALS.test(word)) return true;
  return /^[A-Z][A-Z0-9&]*(?:[/+][A-Z][A-Z0-9&]*)*$/.test(word) && word.replace(/[^A-Z]/g, '').length >= 2;
}


/**
 * A role in brackets after the lead, before " to " ("JB (Safeguarding Governor) to check ..."): the lead is
 * the name ("JB"), as leads are matched by name; the role stays in the action's text.
 */
const ROLE_IN_BRACKETS = /^((?:(?!\sto\s)[^()]){1,60}?)\s*\([^()]{1,40}\)(?=\s+to\s+\S)/;

/** "All trustees", "Each member", "Members", "All the governors": a group the secretariat maps to its people. */
const GROUP = /^(?:(?:all|each|every|both)\s+(?:(?:of\s+)?the\s+)?(?:[a-z-]+\s+)?)?(?:members?|trustees?|governors?|directors?|councillors?|officers?|staff|non-executives?|NEDs?)$/i;

/** What an agenda asks of members at the meeting itself. */
const AGENDA = /\bto\s+(?:note|receive|consider|discuss)\b/i;

/**
 * The lead at the start of an action written "MPS to share ...": the organisation or person
 * before " to ". "The MPS" → "MPS"; "JB (Safeguarding Governor)" → "JB"; "All trustees" → "All trustees".
 * Null when the words before " to " do not look like a lead.
 */
export function leadBeforeTo(text: string): string | null {
  const m = /^(.{1,80}?)\s+to\s+\S/.exec(text.trim().replace(ROLE_IN_BRACKETS, '$1'));
  // "Members to note the update": an agenda's instruction to the meeting, not an action.
  if (m && /^members?$/i.test(m[1]!) && AGENDA.test(text)) return null;
  return m ? asLead(m[1]!) : null;
}

/**
 * "JB - chase the insurers by Friday", "OPCC Chief Finance Officer - provide …", "JB: chase …": the lead
 * before a spaced dash or a colon, and the task after it (which starts with a small letter, as a verb does).
 */
export function leadBeforeDash(text: string): { lead: string; task: string } | null {
  const m = /^([^:]{1,60}?)(?:\s+-\s+|:\s+)([a-z].*)$/.exec(text.trim());
  const lead = m ? asLead(m[1]!.replace(/\s*\([^()]{1,40}\)$/, '')) : null;
  return lead ? { lead, task: m![2]!.trim() } : null;
}

/**
 * Words standing for a lead on their own ("Chair", "HR Director", "All trustees", "MPS"), as `asLead` reads
 * the words before "to" or a dash; null when they do not look like one ("end of month", "Write the plan").
 */
export function leadWords(words: string): string | null {
  return asLead(words);
}

/** The words before "to" or a dash as a lead: an organisation, a role, a person's or team's name, or a group. */
function asLead(words: string): string | null {
  const lead = words.replace(/^the\s+/i, '').replace(/[,:;]$/, '').trim();
  if (GROUP.test(lead) && /^(?:[A-Z]|(?:all|each|every|both)\s)/.test(lead)) return lead.replace(/^./, (c) => c.toUpperCase());
  const parts = lead.split(/\s+/);
  // "RESOLVED to approve the minutes": a decision's label in capitals, not an organisation.
  if (!lead || parts.length > 6 || THINGS.test(lead) || DECISION_WORD.test(lead)) return null;
  const shaped = parts.every((w) => JOINERS.has(w.toLowerCase()) || /^[A-Z]/.test(w));
  if (!shaped) return null;
  // One word must be an organisation ("MPS") or a role; several capitalised words name a person or a team.
  if (parts.length === 1) return isAcronym(lead) || SINGLE_ROLE.test(lead) ? lead : null;
  return lead;
}

/** "Governors to be sent the policy": after a passive "to be" the names are who receives, not who leads. */
const PASSIVE = /^\s+to\s+be\b/i;

/** As `leadBeforeTo`, but null for a passive "<names> to be …": used where no label says the line is an action. */
export function activeLeadBeforeTo(text: string): string | null {
  const lead = leadBeforeTo(text);
  return lead && !PASSIVE.test(text.slice(text.search(/\s+to\s/))) ? lead : null;
}

const SUBJECT =
  /\b(?:the\s+)?(MPS|MOPAC|DMPC|GLA|Met|Commissioner|Deputy Mayor|Secretariat)(?:'s)?\s+(?:would|will|undertook|agreed|should|could|to|was to|were to|is to)\b/i;

const CANONICAL: Record<string, string> = { met: 'MPS', mps: 'MPS', mopac: 'MOPAC', dmpc: 'DMPC', gla: 'GLA', 'deputy mayor': 'DMPC' };

/** The lead a prose decision names ("It was agreed that the MPS would ..."), or null. */
export function leadInSentence(sentence: string): string | null {
  const m = SUBJECT.exec(sentence);
  if (!m) return null;
  const name = m[1]!;
  return CANONICAL[name.toLowerCase()] ?? name.replace(/^./, (c) => c.toUpperCase());
}
