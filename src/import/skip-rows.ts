import { CellValue, cellText } from './cell';

/** "Key:", "Legend", "Notes:", "RAG key -", "Source:" opening a row under the table. */
const KEY_LABEL = /^(?:(?:rag |status |colour )?key|legend|notes?|source)\s*(?:[:\-–]|$)/i;
/** "B = Complete", "* = see note": a legend entry. */
const LEGEND_ENTRY = /^\S{1,12}\s*=\s*\S/;

/**
 * A key or note under a spreadsheet's table ("Key:, B = Complete, G = On track", "Notes: …", "* = …",
 * "Source: …"): it explains the table, it is not an action. A Word table's is read as a section row.
 */
export function isKeyRow(cells: CellValue[]): boolean {
  const texts = cells.map((c) => cellText(c)).filter(Boolean);
  if (texts.length === 0) return false;
  if (KEY_LABEL.test(texts[0]!)) return true;
  return texts.every((t) => LEGEND_ENTRY.test(t));
}

/** "x.x", "X", "[Ref]" in a template's number cell ("TBC" there beside a real action is a missing number: an error). */
const PLACEHOLDER_REF = /^(?:x+(?:[./-]x+)*|\[[^\]]*\]|<[^>]*>)$/i;
/** "[Action]", "<action>", "TBC", "xxx", "Action text here", "Enter the action" in a template's action cell. */
const PLACEHOLDER_TEXT = /^(?:\[[^\]]*\]|<[^>]*>|tbc|x{2,}|\.{3}|(?:enter|insert|type) (?:the |an |your )?action.*|action text(?: here)?|description here)$/i;

/**
 * The placeholder a template row holds in its number or action cell ("x.x", "[Action]", "TBC"), or null for
 * a real row. Such rows are skipped with a warning: a template left in a workbook never blocks the others.
 */
export function placeholderIn(ref: CellValue, action: CellValue): string | null {
  const r = cellText(ref);
  const a = cellText(action);
  if (r && PLACEHOLDER_REF.test(r)) return r;
  if (a && PLACEHOLDER_TEXT.test(a)) return a;
  return null;
}
