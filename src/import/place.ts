import { SourcePlace } from './draft';

/** "Line 27" / "Row 5": how a problem message starts. */
export function describePlace(place: SourcePlace): string {
  if (place.row !== undefined) return `Row ${place.row}`;
  if (place.line !== undefined) return `Line ${place.line}`;
  return 'The document';
}

/** "line 27" / "row 5", for use inside a sentence. */
export function placeInSentence(place: SourcePlace): string {
  const text = describePlace(place);
  return text === 'The document' ? 'the document' : text.toLowerCase();
}

/** A short quotation of a cell for messages: at most `max` characters. */
export function quoteCell(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 3)}...` : flat}"`;
}
