import type { ImportProblem } from './draft';

/** The advice a "more cells than headings" problem gives, as written for a CSV file (read-row-fields.ts). */
const CSV_ADVICE = /, and a comma inside a cell needs the cell in double quotes/;

/**
 * Why a row can have more cells than headings differs by format: a comma in a CSV cell, a tab or a "|" in
 * a text table, a split cell in Word, a cell beside the table in Excel, a word under no heading in a PDF.
 * Keyed by extension; CSV keeps the advice as written.
 */
const ADVICE: Record<string, string> = {
  '.txt': ', and a tab or "|" inside a cell starts another cell',
  '.md': ', and a "|" inside a cell needs a backslash before it ("\\|")',
  '.docx': ', and a cell split in Word makes two cells: merge it again or give the extra column a heading',
  '.xlsx': ', and a value typed beside the table makes another cell: give its column a heading or move it',
  '.pdf': ', each under its heading on the page',
};

/** The problem with the advice for `ext` (".docx", ".pdf" …) in place of the CSV advice; others unchanged. */
export function withCellAdvice(problem: ImportProblem, ext: string): ImportProblem {
  const advice = ADVICE[ext];
  if (!advice || !CSV_ADVICE.test(problem.message)) return problem;
  return { ...problem, message: problem.message.replace(CSV_ADVICE, advice) };
}
