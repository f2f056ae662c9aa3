import { ActionDraft, ImportProblem, Suggestion } from './draft';
import { activeLeadBeforeTo, leadBeforeTo } from './find-lead';
import { ownerAndTiming } from './label-timing';
import { saysAgreed } from './paragraph-near';
import { parseRefCell } from './parse-ref-cell';
import { quoteCell } from './place';
import { isMarkdownRule, splitCells } from './split-cells';
import { splitSentences } from './split-sentences';

/** The columns of minutes laid out as a table: "Item | Discussion | Action", "Minute | Subject | Notes | Action by | By when". */
const ITEM = /^(?:agenda\s+)?(?:item|minute|ref(?:erence)?|no\.?)(?:\s+(?:no\.?|number|ref))?$/i;
const DISCUSSION = /^(?:discussion|notes|minutes|summary|record|discussion\s+(?:and|&|\/)\s+(?:decisions?|outcomes?|actions?))$/i;
const ACTION = /^(?:actions?(?:\s+by)?|owner|lead|by\s+whom|responsible)$/i;
/** An owner alone in the Action cell: a few words with no sentence ("DoF", "COO", "Clerk / RFO", "All trustees"). */
const OWNER = /^(?=[A-Z]|(?:all|each)\s)[A-Za-z][\w&/.,'’ -]{0,40}$/;
/**
 * A whole action in the Action cell ("Comms to publish by 30 April"): the column says it is an action, so the
 * capitalised words before "to <verb>" are its lead even when they are not a known role.
 */
const WHOLE_ACTION = /^([A-Z][\w&/.'’-]*(?:\s+[\w&/.'’-]+){0,3})\s+to\s+(?!be\b)[a-z]/;
/** "Safeguarding link governor to complete the audit …": a task set in the Discussion cell of the row whose Action cell names who. */
const TASK = /^[A-Z][\w&/.'’-]*(?:\s+[\w&/.'’-]+){0,4}\s+to\s+(?!be\b|note\b|receive\b|consider\b)[a-z]/;
const NOTHING = /^(?:none|n\/a|nil|noted|-)?\.?$/i;
/** A resolution or decision: "It was agreed that …", "It was resolved to …". */
const RESOLVED = /\b(?:resolved|decided|agreed)\b/i;

export interface MinutesTable {
  drafts: ActionDraft[];
  suggestions: Suggestion[];
  problems: ImportProblem[];
  /** 0-based lines of these tables (header and rows), for no other reader to take. */
  tableLines: Set<number>;
  firstLine: number | null;
}

const cellsOf = (line: string): string[] => splitCells(line) ?? [];

/** Columns minutes tables may have besides the three: the item's title, and when the action is due. */
const TITLE = /^(?:subject|title|topic|heading|agenda(?:\s+item)?|item\s+(?:title|heading))$/i;
const TIMING = /^(?:by\s+when|when|deadline|due(?:\s+date)?|target(?:\s+date)?|timescale|timing|date\s+due)$/i;

interface MinutesColumns { item: number; discussion: number; action: number; timing: number | null }

/**
 * The header's columns when the line heads minutes written as a table ("Item | Discussion | Action", and
 * with a Subject column, a By when column or both), else null. Exactly one column names who acts: a table
 * with both an Action and a Lead column is an action tracker, read as one elsewhere.
 */
function minutesHeader(line: string): MinutesColumns | null {
  const cells = cellsOf(line);
  if (cells.length < 3 || cells.length > 5 || cells.some((c) => !c)) return null;
  const find = (re: RegExp): number[] => cells.flatMap((c, k) => (re.test(c) ? [k] : []));
  const [item, discussion, action, title, timing] = [ITEM, DISCUSSION, ACTION, TITLE, TIMING].map(find) as number[][];
  if (item!.length !== 1 || discussion!.length !== 1 || action!.length !== 1 || title!.length > 1 || timing!.length > 1) return null;
  if (item!.length + discussion!.length + action!.length + title!.length + timing!.length !== cells.length) return null;
  return { item: item![0]!, discussion: discussion![0]!, action: action![0]!, timing: timing![0] ?? null };
}

/**
 * Minutes laid out as a table whose Action column names only who leads ("FIC/25/101 | … It was agreed that the
 * Director of Finance would present a recovery trajectory … | DoF"): the Action cell is the lead and the
 * Discussion cell's agreed sentence the action, as an "ACTION: owner" line under a paragraph is read. With no
 * agreed sentence the row is a suggestion with that lead; an Action cell that is a whole action ("Clerk to
 * write …") is that action; one whose lead cannot be told is a problem naming the row. Never an action whose
 * text is the initials.
 */
export function readMinutesTables(lines: string[]): MinutesTable {
  const result: MinutesTable = { drafts: [], suggestions: [], problems: [], tableLines: new Set(), firstLine: null };
  for (let i = 0; i < lines.length; i += 1) {
    const header = minutesHeader(lines[i]!);
    if (!header) continue;
    result.tableLines.add(i);
    for (let k = i + 1; k < lines.length && splitCells(lines[k]!); k += 1) {
      result.tableLines.add(k);
      if (!isMarkdownRule(lines[k]!)) readRow(cellsOf(lines[k]!), k, header, result);
      i = k;
    }
  }
  return result;
}

function readRow(cells: string[], k: number, header: MinutesColumns, result: MinutesTable): void {
  const action = cells[header.action] ?? '';
  if (NOTHING.test(action)) return;
  const place = { line: k + 1 };
  const refCell = parseRefCell(cells[header.item] ?? '');
  const ref = refCell.kind === 'ref' ? refCell.ref : '';
  // "FTSU Guardian / Head of ER – June": the timing after the owner is the action's (a By when column wins).
  const { owner, timing } = ownerAndTiming(action);
  const add = (text: string, lead: string): void => {
    result.firstLine ??= k;
    const column = header.timing === null ? '' : (cells[header.timing] ?? '').trim();
    result.drafts.push({ number: 0, ref, text, timing: column || timing, lead, place });
  };
  const led = leadBeforeTo(action) ?? WHOLE_ACTION.exec(action)?.[1];
  if (led) return add(action, led);
  if (!OWNER.test(owner) || owner.split(/\s+/).length > 6) {
    result.problems.push({ place, field: 'lead', message: `Line ${place.line}: the Action cell ${quoteCell(action)} does not say who leads the action (expected a name or initials, such as "DoF", or "Clerk to write to the auditors").` });
    return;
  }
  const sentences = splitSentences({ text: cells[header.discussion] ?? '', starts: [[0, k]] }).map((s) => s.text);
  const decided = sentences.filter((s) => RESOLVED.test(s));
  const agreed = decided.length ? decided : sentences.filter((s) => saysAgreed(s) || activeLeadBeforeTo(s) || TASK.test(s));
  const chosen = agreed[agreed.length - 1];
  if (chosen) return add(chosen, owner);
  const last = sentences[sentences.length - 1];
  if (last) result.suggestions.push({ text: last, lead: owner, place });
  else result.problems.push({ place, field: 'action', message: `Line ${place.line}: ${quoteCell(action)} is named in the Action column but the Discussion cell says nothing to do.` });
}
