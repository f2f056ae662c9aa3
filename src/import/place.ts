import { SourcePlace } from './draft';

/**
 * How a problem message starts, in the user's own counting: "Table 2, row 5" (a Word table),
 * "Sheet "Actions", row 5" (a workbook with several sheets), "Row 5" (CSV, one sheet), "Page 2, line 14"
 * (a PDF), "Line 27" (text).
 */
export function describePlace(place: SourcePlace): string {
  if (place.page !== undefined && place.line !== undefined) return `Page ${place.page}, line ${place.line}`;
  if (place.table !== undefined && place.row !== undefined) return `Table ${place.table}, row ${place.row}`;
  if (place.sheet !== undefined && place.row !== undefined) return `Sheet "${place.sheet}", row ${place.row}`;
  if (place.row !== undefined) return `Row ${place.row}`;
  if (place.line !== undefined) return `Line ${place.line}`;
  return 'The document';
}

/** "line 27" / "row 5" / "table 2, row 5" / "page 2, line 14", for use inside a sentence. */
export function placeInSentence(place: SourcePlace): string {
  const text = describePlace(place);
  return text === 'The document' ? 'the document' : text.replace(/^[A-Z]/, (c) => c.toLowerCase());
}

/** A short quotation of a cell for messages: at most `max` characters. */
export function quoteCell(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 3)}...` : flat}"`;
}
