import { createInflateRaw } from 'zlib';
import { ImportError } from './import-error';

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

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

/**
 * Throws `ImportError` 'too-large' when the archive holds more entries or unpacks to more bytes than the
 * limits. Resolves when it is safe to hand to mammoth/exceljs (a damaged archive is theirs to report).
 */
export async function checkZip(fileName: string, content: Buffer, limits: ZipLimits = ZIP_LIMITS): Promise<void> {
  const entries = centralDirectory(fileName, content, limits);
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

/** The entries listed in the central directory (found from the end-of-central-directory record). */
function centralDirectory(fileName: string, buf: Buffer, limits: ZipLimits): Entry[] {
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i -= 1) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  // Not a zip: the reader says it is unreadable, in its own words.
  if (end < 0) return [];
  const declared = buf.readUInt16LE(end + 10);
  if (declared > limits.maxEntries) throw tooLarge(fileName, `holds ${declared} files, more than ${limits.maxEntries}`);
  const entries: Entry[] = [];
  let at = buf.readUInt32LE(end + 16);
  while (at + 46 <= buf.length && buf.readUInt32LE(at) === CENTRAL) {
    entries.push({ method: buf.readUInt16LE(at + 10), compressedSize: buf.readUInt32LE(at + 20), localOffset: buf.readUInt32LE(at + 42) });
    if (entries.length > limits.maxEntries) throw tooLarge(fileName, `holds more than ${limits.maxEntries} files`);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** The stored bytes of one entry, as a zip library would slice them (after its local header). */
function entryData(buf: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return Buffer.alloc(0);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  return buf.subarray(start, Math.min(buf.length, start + entry.compressedSize));
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
