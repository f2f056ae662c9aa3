import { MAX_IMPORT_BYTES, readDocument } from '../../../src/import/read-document';
import { ImportError, ImportErrorCode } from '../../../src/import/import-error';

async function failure(fileName: string, content: Buffer): Promise<ImportError> {
  const error = await readDocument(fileName, content).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError for ${fileName}, got ${String(error)}`);
  return error;
}

describe('documents that cannot be imported', () => {
  it.each<[string, string, Buffer, ImportErrorCode, string]>([
    [
      'an unsupported extension', 'minutes.rtf', Buffer.from('{\\rtf1 Minutes}'), 'unsupported-format',
      '"minutes.rtf" cannot be imported: Chaser reads .txt, .md, .docx, .pdf, .csv and .xlsx files; save it as a Word document (.docx).',
    ],
    [
      'an old Word document', 'annex.doc', Buffer.from('x'), 'unsupported-format',
      '"annex.doc" cannot be imported: Chaser reads .txt, .md, .docx, .pdf, .csv and .xlsx files; save it as a Word document (.docx).',
    ],
    [
      'a PDF that is only its first line', 'minutes.pdf', Buffer.from('%PDF-1.7'), 'unreadable',
      '"minutes.pdf" could not be read as a PDF document; it may be damaged or saved in another format (open it, save it again and retry).',
    ],
    ['an empty file', 'annex.txt', Buffer.alloc(0), 'empty', '"annex.txt" is empty: there is nothing to import.'],
    ['a file of blank lines', 'annex.md', Buffer.from(' \r\n\t\r\n'), 'empty', '"annex.md" is empty: there is nothing to import.'],
    ['an empty CSV', 'log.csv', Buffer.from('\ufeff\r\n'), 'empty', '"log.csv" is empty: there is nothing to import.'],
    [
      'more than 5 MB', 'big.txt', Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a'), 'too-large',
      '"big.txt" is 5.1 MB, more than the 5 MB Chaser can import.',
    ],
    [
      'a renamed binary file', 'annex.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]), 'unreadable',
      '"annex.txt" could not be read as text; it may be damaged or saved in another format (open it, save it again and retry).',
    ],
    [
      'a corrupt Word document', 'annex.docx', Buffer.from('this is not a zip file'), 'unreadable',
      '"annex.docx" could not be read as a Word document (.docx); it may be damaged or saved in another format (open it, save it again and retry).',
    ],
    [
      'prose with no actions', 'letter.txt', Buffer.from('Dear Steve\n\nThank you for the meeting on 21 April 2022.\n'), 'no-actions',
      'No actions were found in "letter.txt": expected a table with "No." and "Action" columns, lines such as "Action 1: MPS to ...", or decisions such as "It was agreed that ...".',
    ],
  ])('when the upload is %s, then it fails with a message naming the file', async (_what, fileName, content, code, message) => {
    const error = await failure(fileName, content);

    expect(error.code).toBe(code);
    expect(error.fileName).toBe(fileName);
    expect(error.message).toBe(message);
  });

  it('when a table has rows but none is usable, then the no-actions error carries the problems', async () => {
    const error = await failure('annex.txt', Buffer.from('No.\tAction\tLead\n1\t\tMPS\n'));

    expect(error.code).toBe('no-actions');
    expect(error.message).toBe(
      'No actions were found in "annex.txt": Line 2: action 1 has no action text (expected the action in the Action column).',
    );
    expect(error.problems.map((p) => p.field)).toEqual(['action']);
  });

  it('when the file is exactly 5 MB, then it is read, not refused', async () => {
    const line = 'Action 1: MPS to share the data.\n';
    const content = Buffer.alloc(MAX_IMPORT_BYTES, ' ');
    content.write(line, 0);

    const reading = await readDocument('annex.txt', content);

    expect(reading.drafts.map((d) => d.text)).toEqual(['MPS to share the data.']);
  });
});
