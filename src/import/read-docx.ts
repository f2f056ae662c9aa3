import mammoth from 'mammoth';
import { DocumentReading } from './draft';
import { convertDocxHtml } from './docx-html-text';
import { emptyDocument, unreadableDocument } from './import-error';
import { readText } from './read-text';

/**
 * Reads a Word document: converted to HTML (so tables keep their cells, and mammoth turns Word's
 * vertical merges into `rowspan`), then read as text; places name Word's tables and rows.
 */
export async function readDocx(fileName: string, content: Buffer): Promise<DocumentReading> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: content },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw unreadableDocument(fileName, 'a Word document (.docx)');
  }
  const { text, places } = convertDocxHtml(html);
  if (!text.trim()) throw emptyDocument(fileName);
  return readText(fileName, text, places);
}
