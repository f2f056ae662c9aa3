import { createInflateRaw } from 'zlib';
import { ImportError } from './import-error';
import { centralDirectory, entryData } from './zip-directory';

/**
 * Limits on a .docx or .xlsx (zip archives) before any library opens it: a few kilobytes can unpack to
 * gigabytes (a "zip bomb"), and the sizes a zip's headers declare can lie. The inflated size is counted
 * on the bytes actually inflated, entry by entry, and inflation stops as soon as the cap is passed.
 */
export interface ZipLimits {
  /** Most bytes all entries may unpack to together. */
  maxInflatedBytes: number;
  /** Most entries (files) the archive may hold. */
  maxEntries: number;
}

/** A Word document or workbook of real actions unpacks to a few megabytes and a few dozen entries. */
export const ZIP_LIMITS: ZipLimits = { maxInflatedBytes: 100 * 1024 * 1024, maxEntries: 5000 };

/**
 * Throws `ImportError` 'too-large' when the archive holds more entries or unpacks to more bytes than the
 * limits, and 'unreadable' when it declares entries whose directory cannot be found. Resolves when it is
 * safe to hand to mammoth/exceljs (an archive that is not a zip at all is theirs to report).
 */
export async function checkZip(fileName: string, content: Buffer, limits: ZipLimits = ZIP_LIMITS): Promise<void> {
  const entries = centralDirectory(fileName, content, limits.maxEntries, tooLarge);
  let total = 0;
  for (const entry of entries) {
    const data = entryData(content, entry);
    if (entry.method === 8) total += await inflatedSize(data, limits.maxInflatedBytes - total);
    else total += data.length;
    if (total > limits.maxInflatedBytes) throw tooLarge(fileName, `unpacks to more than ${mb(limits.maxInflatedBytes)}`);
  }
}

function tooLarge(fileName: string, what: string): ImportError {
  return new ImportError(
    'too-large', fileName,
    `"${fileName}" ${what}, far more than any action log, so Chaser did not open it (a Word or Excel file is a zip archive; save the actions into a new document and import that).`,
  );
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Bytes one deflated entry really unpacks to, counted as they come; stops early past `budget`. */
function inflatedSize(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    const done = (): void => {
      inflate.removeAllListeners();
      inflate.destroy();
      resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) done();
    });
    // A damaged stream is not ours to judge: the reader reports it as unreadable.
    inflate.on('error', done);
    inflate.on('end', done);
    inflate.end(data);
  });
}
