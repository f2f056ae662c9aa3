import { ActionDraft, ImportProblem } from './draft';
import { activeLeadBeforeTo as leadOf, leadBeforeDash } from './find-lead';
import { leadBesideTask } from './lead-beside-task';
import { isHeadingLine } from './paragraph-near';
import { quoteCell } from './place';

/** "Actions:", "Actions agreed:", "Action points", "## Agreed actions": a line that heads a list of actions. */
const LIST_HEADING = /^(?:#+\s*)?(?:agreed\s+actions?|actions?(?:\s+(?:agreed|arising|points?|required|list|summary))?|action\s+points?)\s*:?\s*$/i;
/** An item: a bullet ("- ", "• ", Word's "o "), a number ("1.", "1)") or a letter ("(a)", "a)"). */
const ITEM = /^\s*(?:([-*+•·▪o])|(\d{1,2}[.)]|\(?[a-z]\)))\s+(\S.*)$/;
/** Items that say there is nothing to do. */
const NOTHING = /^(?:none|nil|n\/a|no (?:new |further )?actions?)\b/i;

type Kind = 'bullet' | 'number' | 'plain';

export interface ActionList {
  drafts: ActionDraft[];
  problems: ImportProblem[];
  /** 0-based indexes of the headings and the items read under them. */
  actionLines: Set<number>;
  firstLine: number | null;
}

/** An item line: its kind and text; a line without a marker counts only when it reads "<lead> to …". */
function itemOf(line: string): { kind: Kind; text: string } | null {
  const m = ITEM.exec(line);
  if (m) return { kind: m[1] ? 'bullet' : 'number', text: m[3]!.trim() };
  return leadOf(line.trim()) ? { kind: 'plain', text: line.trim() } : null;
}

/**
 * Lists of actions under an "Actions:" heading: each item "<owner> to <verb> …" (or "<owner> - <task>") is an action led by the
 * owner (its timing is in the text). The list ends at a line that is not an item (a blank line, a
 * heading, prose); blank lines between items of one kind are allowed, as Word puts one after each item.
 * An item whose lead cannot be told is read with no lead and reported.
 */
export function readActionLists(lines: string[], skip: Set<number>): ActionList {
  const result: ActionList = { drafts: [], problems: [], actionLines: new Set(), firstLine: null };
  for (let i = 0; i < lines.length; i += 1) {
    if (!skip.has(i) && LIST_HEADING.test(lines[i]!.trim())) i = readItems(lines, i, skip, result);
  }
  return result;
}

/** Reads the items under the heading at `heading`; returns the last line read. */
function readItems(lines: string[], heading: number, skip: Set<number>, result: ActionList): number {
  let item: { line: number; text: string } | null = null;
  let kind: Kind | null = null;
  let blank = false;
  let last = heading;
  const flush = (): void => {
    if (item) addItem(item.line, item.text, lines[heading]!.trim(), result);
    item = null;
  };
  for (let k = heading + 1; k < lines.length && !skip.has(k); k += 1) {
    const line = lines[k]!;
    if (!line.trim()) {
      blank = true;
      continue;
    }
    const parsed = itemOf(line);
    if (!parsed && item && !blank && (/^\s/.test(line) || /^[a-z]/.test(line))) {
      item.text = `${item.text} ${line.trim()}`;
      result.actionLines.add(k);
      last = k;
      continue;
    }
    if (!parsed || (blank && kind !== null && parsed.kind !== kind)) break;
    if (parsed.kind === 'number' && !leadOf(parsed.text) && !leadBeforeDash(parsed.text) && !leadBesideTask(parsed.text) && isHeadingLine(line)) break;
    flush();
    item = { line: k, text: parsed.text };
    kind = parsed.kind;
    blank = false;
    last = k;
  }
  flush();
  if (last > heading) result.actionLines.add(heading);
  return last;
}

function addItem(line: number, text: string, heading: string, result: ActionList): void {
  result.actionLines.add(line);
  if (NOTHING.test(text)) return;
  result.firstLine ??= line;
  const place = { line: line + 1 };
  // "JB - chase the insurers by Friday", "JB: chase …": the lead before the dash, the task after it.
  const dashed = leadOf(text) ? null : leadBeforeDash(text);
  if (dashed) return void result.drafts.push({ number: 0, ref: '', text: dashed.task, timing: '', lead: dashed.lead, place });
  // "Write to the ICB (Chair) - end of month", "Present the report - Medical Director - May meeting".
  const beside = leadOf(text) ? null : leadBesideTask(text);
  if (beside) return void result.drafts.push({ number: 0, ref: '', text: beside.task, timing: beside.timing, lead: beside.lead, place });
  const lead = leadOf(text) ?? '';
  if (!lead) {
    result.problems.push({
      place, field: 'lead',
      message: `Line ${place.line}: the action ${quoteCell(text)} under "${heading}" has no lead (expected a name before "to", as in "KP to share the plan by 31 October").`,
    });
  }
  result.drafts.push({ number: 0, ref: '', text, timing: '', lead, place });
}
