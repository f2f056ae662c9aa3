import { DocumentReading, ImportProblem } from './draft';
import { dropDuplicateNumbers } from './check-duplicates';
import { detectMeeting } from './detect-meeting';
import { normaliseText } from './normalise-text';
import { readInlineActions } from './read-inline-actions';
import { readSuggestions } from './read-suggestions';
import { readTextTables } from './read-text-table';

/**
 * Reads a text document (a .txt or .md file, or a .docx after conversion): action tables,
 * "Action N:" lines, decisions in prose (as suggestions), and the board and meeting date.
 */
export function readText(fileName: string, raw: string): DocumentReading {
  const lines = normaliseText(raw).split('\n');
  const tables = readTextTables(lines);
  const inline = readInlineActions(lines, tables.tableLines);
  const { drafts, problems: duplicates } = dropDuplicateNumbers(
    [...tables.drafts, ...inline.drafts].sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0)),
  );
  const skip = new Set([...tables.tableLines, ...inline.actionLines]);
  const suggestions = readSuggestions(lines, { skip, actionLines: inline.actionLines, actionTexts: drafts.map((d) => d.text) });
  const anchors = [tables.firstHeader, inline.firstLine].filter((n): n is number => n !== null);
  const { board, meetingDate } = detectMeeting(lines, anchors.length ? Math.min(...anchors) : null);
  const problems = byPlace([...tables.problems, ...inline.problems, ...duplicates]);
  return { fileName, board, meetingDate, drafts, suggestions, problems };
}

export function byPlace(problems: ImportProblem[]): ImportProblem[] {
  const at = (p: ImportProblem): number => p.place.line ?? p.place.row ?? 0;
  return [...problems].sort((a, b) => at(a) - at(b));
}
