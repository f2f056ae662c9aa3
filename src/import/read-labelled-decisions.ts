import { decisionLabelsIn, decisionLead, isLoneDecisionLabel, labelAt } from './decision-label';
import { ActionDraft, Suggestion } from './draft';
import { closingDeadline } from './label-timing';
import { nextFilledLine } from './paragraph-near';
import { splitSentences } from './split-sentences';

/** A bullet or item number before the line's words ("24/062 Playground." is an item title, kept as prose). */
const MARKER = /^\s*(?:[-*+•·▪●]|\d+(?:\.\d+)*[.)]?)\s+/;
/** Future work without a named lead: "… will be reviewed", "the policy would be updated". */
const FUTURE = /\b(?:will|would|shall)\b/i;

export interface LabelledDecisions {
  drafts: ActionDraft[];
  suggestions: Suggestion[];
  /** 0-based lines the actions were read from (a lone label's line and the sentence's line). */
  actionLines: Set<number>;
  /** 0-based lines that gave only a suggestion. */
  suggestionLines: Set<number>;
}

/**
 * Labelled decisions of minutes: "Agreed: the CFO will circulate the budget model by 10 May 2024.", "RESOLVED
 * that the Clerk obtains three quotes …", "Resolved: that the Director … provides a report by 29 February
 * 2024.", "Decision: Treasurer to renew the insurance", after a sentence in the line or at its start, or the
 * label alone on its line (Word's bold "Resolved:") with the sentence on the next. When the sentence names
 * who acts (`decisionLead`), it is that lead's action: the text is the sentence without the label, capitalised,
 * the timing its closing "by …". A decision of future work naming no lead ("Agreed: the policy will be
 * reviewed") is a suggestion; any other ("RESOLVED to approve the minutes") is a record, not an action.
 * Source: council, parish, academy trust and scrutiny minutes. Lines in `skip` are passed over.
 */
export function readLabelledDecisions(lines: string[], skip: Set<number>): LabelledDecisions {
  const result: LabelledDecisions = { drafts: [], suggestions: [], actionLines: new Set(), suggestionLines: new Set() };
  lines.forEach((line, i) => {
    if (skip.has(i) || line.includes('\t') || !line.trim()) return;
    if (isLoneDecisionLabel(line)) {
      const next = nextFilledLine(lines, i);
      if (next === null || next > i + 2 || skip.has(next) || lines[next]!.includes('\t')) return;
      const label = line.trim().replace(/[*_]/g, '');
      const kind = read(`${label} ${lines[next]!.replace(MARKER, '').trim()}`, next, result);
      if (kind) result[kind].add(i);
      return;
    }
    const text = line.replace(MARKER, '').trim();
    for (const at of decisionLabelsIn(text)) read(text.slice(at), i, result);
  });
  return result;
}

/** Reads the labelled decision opening `text` (found on line `i`): which lines it adds to, or null when it gave nothing. */
function read(text: string, i: number, result: LabelledDecisions): 'actionLines' | 'suggestionLines' | null {
  const label = labelAt(text.replace(/^[*_]+/, ''));
  if (!label) return null;
  const body = text.replace(/^[*_]+/, '').slice(label.length).replace(/^[*_\s]+/, '');
  const sentence = splitSentences({ text: body, starts: [[0, i]] })[0]?.text;
  if (!sentence) return null;
  const clean = sentence.replace(/^./, (c) => c.toUpperCase());
  const lead = decisionLead(sentence, label.that);
  if (lead) {
    result.drafts.push({ number: 0, ref: '', text: clean, timing: closingDeadline(sentence), lead, place: { line: i + 1 } });
    result.actionLines.add(i);
    return 'actionLines';
  }
  if (!FUTURE.test(sentence)) return null;
  result.suggestions.push({ text: clean, lead: null, place: { line: i + 1 } });
  result.suggestionLines.add(i);
  return 'suggestionLines';
}
