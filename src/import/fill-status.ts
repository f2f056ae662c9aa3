import { ImportProblem } from './draft';
import { CellValue, TableRow, cellText } from './cell';
import { HeaderColumns, columnLabel } from './header-columns';
import { describePlace } from './place';

/** Notes each row whose status was read from its cell's colour, into one warning for the table. */
export type ColourNote = (row: TableRow, word: string) => void;

/**
 * One warning per table listing the rows whose Status/RAG cell had no text but a RAG fill colour, read as
 * that colour ("Row 3 green, row 5 red"): the colour is a reading the user should see, never silent.
 */
export function colourWarning(problems: ImportProblem[], header: HeaderColumns): ColourNote {
  let warning: ImportProblem | null = null;
  const read: string[] = [];
  return (row, word) => {
    read.push(`${describePlace(row.place).replace(/^Sheet "[^"]*", /, '')} ${word.toLowerCase()}`);
    warning ??= { place: row.place, field: 'status', severity: 'warning', message: '' };
    if (read.length === 1) problems.push(warning);
    warning.message = `${describePlace(row.place)}: the "${columnLabel(header, 'status')}" ${read.length === 1 ? 'cell of this row has' : `cells of ${read.length} rows have`} no text but a fill colour, so ${read.length === 1 ? 'it is' : 'each is'} read as its colour (${read.join(', ')}); type the status in the cell to be sure.`;
  };
}

/**
 * A row's cells with the fill colour's word ("Green") in a blank Status or RAG cell, noting each such row.
 * Other columns keep their cells: a coloured Action or Due cell says nothing about the status.
 */
export function withFillColours(row: TableRow, header: HeaderColumns, note: ColourNote): CellValue[] {
  if (!row.fills) return row.cells;
  const cells = [...row.cells];
  for (const field of ['status', 'secondStatus'] as const) {
    const i = header.columns[field];
    const word = i === undefined ? undefined : row.fills[i];
    if (i === undefined || !word || cellText(cells[i]) !== '') continue;
    cells[i] = word;
    note(row, word);
  }
  return cells;
}
