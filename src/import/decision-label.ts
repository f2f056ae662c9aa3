import { leadWords } from './find-lead';

/**
 * A decision's label as minutes write it: "Agreed:", "Resolved:", "Decision:", "Decided:" (any case), or
 * "RESOLVED that" / "Agreed that" opening a sentence; "that" after the colon belongs to the label too.
 * Source: parish, council, academy trust and scrutiny minutes ("RESOLVED that the Clerk obtains …",
 * "Agreed: the CFO will circulate …").
 */
const LABEL = String.raw`(?:agreed|resolved|decided|decision)[*_]*(?:\s*:[*_]*\s*(?:that\s+)?|\s+that\s+)`;
/** The label opening a text (after bold or italic marks, already gone in Word's and PDF text). */
const OPENING = new RegExp(String.raw`^[*_]*${LABEL}`, 'i');
/** The label alone on its line ("**Resolved:**"): the decision is on the next line. */
const ALONE = /^[*_]*(?:agreed|resolved|decided|decision)[*_]*\s*:\s*[*_]*$/i;
/** The label opening a sentence inside a line: at the start, or after a sentence's end. */
const IN_LINE = new RegExp(String.raw`(?:^|(?<=[.!?]["')\]]?\s+))[*_]*(?=${LABEL})`, 'gi');

/** "RESOLVED that the Clerk obtains …" → "The Clerk obtains …": the text without its decision label, capitalised; others unchanged. */
export function withoutDecisionLabel(text: string): string {
  const rest = text.replace(OPENING, '');
  return rest === text || !rest ? text : rest.replace(/^./, (c) => c.toUpperCase());
}

/** True for a line that is only a decision label ("Resolved:", "**Agreed:**"). */
export function isLoneDecisionLabel(line: string): boolean {
  return ALONE.test(line.trim());
}

/** Offsets in `line` where a labelled decision starts ("… forecast. Agreed: the CFO will …" → the offset of "Agreed"). */
export function decisionLabelsIn(line: string): number[] {
  return [...line.matchAll(IN_LINE)].map((m) => m.index!);
}

/** "will", "would", "shall", "is to", "are to", "to", then a verb (not a passive "be"). */
const WILL = /^(?:will|would|shall|(?:is|are)\s+to|to)\s+(?!be\b)[a-z]/;
/** A present-tense verb after the lead in "that <lead> <verb>s …" ("obtains", "provides"; not "is", "was", "has"). */
const VERB_S = /^(?!(?:is|was|has|does|this|his|its)\b)[a-z]{2,}s\b/;

/**
 * Who acts in a decision's sentence (its label already removed): "the CFO will circulate …" → "CFO",
 * "the Director of Children's Services provides …" (after "that") → "Director of Children's Services",
 * "Secretary to arrange …" → "Secretary". `afterThat`: the sentence followed "that", so "<lead> <verb>s"
 * (the subjunctive of resolutions) names the lead too. Null when no words before the verb read as a lead (`leadWords`).
 */
export function decisionLead(sentence: string, afterThat: boolean): string | null {
  const words = sentence.trim().split(/\s+/);
  for (let k = 1; k <= Math.min(7, words.length - 1); k += 1) {
    const rest = words.slice(k).join(' ');
    if (!WILL.test(rest) && !(afterThat && VERB_S.test(rest))) continue;
    const lead = leadWords(words.slice(0, k).join(' '));
    if (lead) return lead;
  }
  return null;
}

/** The label's own words at the start of `text` ("Agreed: ", "RESOLVED that "), and whether it ends in "that". */
export function labelAt(text: string): { length: number; that: boolean } | null {
  const m = OPENING.exec(text);
  return m ? { length: m[0].length, that: /\bthat\s*$/i.test(m[0]) } : null;
}
