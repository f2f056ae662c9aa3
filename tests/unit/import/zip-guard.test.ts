import { readFileSync } from 'fs';
import { join } from 'path';
import { ImportError } from '../../../src/import/import-error';
import { readDocument } from '../../../src/import/read-document';
import { ZIP_LIMITS, checkZip } from '../../../src/import/zip-guard';
import { buildZip } from './zip-builder';

const SMALL = { maxInflatedBytes: 1024 * 1024, maxEntries: 50 };

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('hostile Word and Excel files (zip archives)', () => {
  it('when an entry unpacks to more than the cap while its headers claim 100 bytes, then it is refused as too large, counted on the bytes inflated', async () => {
    const bomb = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(3 * 1024 * 1024), declaredSize: 100 }]);

    const error = await refusal(checkZip('minutes.docx', bomb, SMALL));

    expect(bomb.length).toBeLessThan(10_000);
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      '"minutes.docx" unpacks to more than 1 MB, far more than any action log, so Chaser did not open it (a Word or Excel file is a zip archive; save the actions into a new document and import that).',
    );
  });

  it('when many small entries together pass the cap, then it is refused too', async () => {
    const files = Array.from({ length: 5 }, (_, i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: Buffer.alloc(300 * 1024), declaredSize: 10 }));

    const error = await refusal(checkZip('log.xlsx', buildZip(files), SMALL));

    expect(error.code).toBe('too-large');
  });

  it('when the archive holds more entries than the limit, then it is refused naming how many', async () => {
    const files = Array.from({ length: 51 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('x'), method: 0 as const }));

    const error = await refusal(checkZip('log.xlsx', buildZip(files), SMALL));

    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^"log\.xlsx" holds 51 files, more than 50, far more than any action log/);
  });

  it('when the bomb hides its sizes and offsets in zip64 records, then they are followed and it is refused', async () => {
    const bomb = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(3 * 1024 * 1024), declaredSize: 100 }], { zip64: true });

    const error = await refusal(checkZip('minutes.docx', bomb, SMALL));

    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^"minutes\.docx" unpacks to more than 1 MB/); // counted, not refused for 0xFFFF entries
  });

  it('when a zip64 archive is small, then it passes', async () => {
    const small = buildZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }], { zip64: true });

    await expect(checkZip('minutes.docx', small, SMALL)).resolves.toBeUndefined();
  });

  it('when the end record declares entries but points at no directory, then nothing opens it: unreadable', async () => {
    const zip = buildZip([{ name: 'a.xml', data: Buffer.from('x') }]);
    zip.writeUInt32LE(7, zip.length - 6); // the directory's offset now points inside the first entry

    const error = await refusal(checkZip('log.xlsx', zip, SMALL));

    expect(error.code).toBe('unreadable');
  });

  it('when a real Word document and workbook are checked, then they pass the default limits', async () => {
    const dir = join(__dirname, '..', '..', 'fixtures', 'import');
    for (const name of ['section-rows-in-table.docx', 'revised-due-date-column-ignored.xlsx']) {
      await expect(checkZip(name, readFileSync(join(dir, name)))).resolves.toBeUndefined();
    }
  });

  it('when an upload is a bomb past the default cap, then readDocument refuses it before mammoth or exceljs open it', async () => {
    const bomb = buildZip([{ name: 'xl/workbook.xml', data: Buffer.alloc(ZIP_LIMITS.maxInflatedBytes + 1024), declaredSize: 2048 }]);

    const error = await refusal(readDocument('log.xlsx', bomb));

    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(error.code).toBe('too-large');
  });
});
