import { findDates } from './date-text';
import { ActionDraft, ImportProblem } from './draft';
import { leadBeforeTo, leadWords } from './find-lead';
import { quoteCell } from './place';

/**
 * `Action 1: MPS to share ...`, `Action point 3: Clerk to ...`, `- **Action 2:** MPS to advise ...`, `Action 3 (MOPAC) - ...`:
 * optional bullet or paragraph number, the label, the number, an optional lead in brackets, a separator.
 */
const ACTION_LINE =
  /^(?:[-*+•·▪o]\s+)?(?:\d+(?:\.\d+)*\.?\s+|\(?[a-z]\)\s+)?action(?:\s+points?)?\s*(?:no\.?\s*|number\s*|#\s*)?(\d+)\s*(?:\(([^)]{1,40})\))?\s*[:.)-]\s+(\S.*)$/i;

/**
 * The same label after a sentence in the same paragraph ("Tom raised the minibus. **Action 4:** MPS to
 * obtain two quotes …"): capitalised and followed by a colon, so prose that mentions "action 4" is not one.
 */
const ACTION_IN_PARAGRAPH = /[.!?;]["'’”)\]]?\s+(?:Action|ACTION)(?:\s+[Pp]oints?|\s+POINTS?)?\s*(?:[Nn]o\.?\s*|#\s*)?(\d+)\s*(?:\(([^)]{1,40})\))?\s*:\s+(\S.*)$/;

/** What may not start a wrapped line: a bullet, a paragraph number, another action. */
const NEW_ITEM = /^(?:[-*+•·▪]\s|\d+(?:\.\d+)*\.?\s|action\s*\d)/i;

/**
 * An indented line after an action line that carries its wrapped text on. Tested on the trimmed line:
 * a pattern that backtracks over leading spaces overflows the stack on a long run of them.
 */
function isWrapped(line: string): boolean {
  const rest = line.trimStart();
  return rest.length > 0 && rest.length < line.length && !NEW_ITEM.test(rest);
}

export interface InlineActions {
  drafts: ActionDraft[];
  problems: ImportProblem[];
  /** 0-based indexes of the action lines (and their wrapped continuations). */
  actionLines: Set<number>;
  firstLine: number | null;
}

/** Reads the action lines written inside a meeting record. Timing stays '' (it sits inside the text). */
export function readInlineActions(lines: string[], skip: Set<number>): InlineActions {
  const result: InlineActions = { drafts: [], problems: [], actionLines: new Set(), firstLine: null };
  for (let i = 0; i < lines.length; i += 1) {
    if (skip.has(i)) continue;
    const m = ACTION_LINE.exec(lines[i]!.trimStart()) ?? ACTION_IN_PARAGRAPH.exec(lines[i]!);
    if (!m) continue;
    result.firstLine ??= i;
    result.actionLines.add(i);
    const place = { line: i + 1 };
    let text = m[3]!.trim();
    while (i + 1 < lines.length && !skip.has(i + 1) && isWrapped(lines[i + 1]!) && !ACTION_LINE.test(lines[i + 1]!.trimStart())) {
      i += 1;
      result.actionLines.add(i);
      text = `${text} ${lines[i]!.trim()}`;
    }
    const number = Number(m[1]);
    if (!Number.isSafeInteger(number) || number < 1) {
      result.problems.push({
        place, field: 'number',
        message: `Line ${place.line}: "Action ${m[1]}" is not an action number (expected a whole number such as "Action 1").`,
      });
      continue;
    }
    // "Action 2 (22 May 2025)": a date in the brackets is the action's meeting or deadline, never its lead.
    // "Action 4 (SEND audit)": a topic in the brackets is not a lead either; only words that read as one ("(MOPAC)").
    const bracket = m[2]?.trim() && !findDates(m[2]).length ? (leadWords(m[2].trim()) ?? '') : '';
    const lead = bracket || leadBeforeTo(text) || '';
    if (!lead) {
      result.problems.push({
        place, field: 'lead',
        message: `Line ${place.line}: action ${number} (${quoteCell(text)}) has no lead (expected a name such as "MPS" before "to", as in "Action ${number}: MPS to share ...").`,
      });
    }
    result.drafts.push({ number, ref: String(number), text, timing: '', lead, place });
  }
  return result;
}

