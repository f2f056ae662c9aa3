import { ActionDraft } from './draft';
import { activeLeadBeforeTo } from './find-lead';
import { saysAgreed, saysDecided } from './paragraph-near';
import { splitSentences } from './split-sentences';

/** A sub-item or bullet marker before the line's words: "(ii)", "(a)", "-", "3.". */
const MARKER = /^\s*(?:[-*+•·▪]|\d+(?:\.\d+)*[.)]?|\((?:[ivx]+|[a-z])\))\s+/i;

export interface DecisionFollowUps {
  drafts: ActionDraft[];
  /** 0-based lines that hold one: no suggestion is made of them. */
  actionLines: Set<number>;
}

/**
 * "Councillors agreed to purchase a second speed indicator device. Cllr Dunmore to obtain quotes for the January
 * meeting." and "RESOLVED to approve the precept. Clerk to submit it to the District Council by 17th January": in
 * parish, town and committee minutes the sentence naming who does what right after a decision, in the same
 * item, is the action that carries the decision out, with that lead (the form "<lead> to <verb>", as "ACTION:"
 * lines write it). A "<lead> to <verb>" sentence with no decision before it stays a suggestion
 * (read-lone-owner-lines.ts): it may be an agenda's instruction. Lines in `skip` are passed over.
 */
export function readDecisionFollowUps(lines: string[], skip: Set<number>): DecisionFollowUps {
  const result: DecisionFollowUps = { drafts: [], actionLines: new Set() };
  lines.forEach((line, i) => {
    if (skip.has(i) || line.includes('\t') || !line.trim()) return;
    const sentences = splitSentences({ text: line.replace(MARKER, '').trim(), starts: [[0, i]] }).map((s) => s.text);
    sentences.forEach((sentence, k) => {
      const lead = k > 0 ? activeLeadBeforeTo(sentence) : null;
      const before = sentences[k - 1] ?? '';
      if (!lead || !(saysDecided(before) || saysAgreed(before))) return;
      result.drafts.push({ number: 0, ref: '', text: sentence, timing: '', lead, place: { line: i + 1 } });
      result.actionLines.add(i);
    });
  });
  return result;
}
