import { ImportError, unreadableDocument } from './import-error';

/*
 * The central directory of a zip archive, read as zip libraries read it (end record, zip64 records and
 * extra fields included): what `checkZip` inflates and counts. Sizes a header declares are never trusted.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;

/** One entry: how it is stored, its stored size and where its local header is. */
export interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The entries listed in the central directory (found from the end record, zip64 records included). */
export function centralDirectory(
  fileName: string, buf: Buffer, maxEntries: number, tooMany: (fileName: string, what: string) => ImportError,
): Entry[] {
  const end = findEnd(buf);
  // Not a zip: the reader says it is unreadable, in its own words.
  if (end < 0) return [];
  let declared = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  if (declared === 0xffff || at === 0xffffffff) ({ declared, at } = zip64End(fileName, buf, end));
  if (declared > maxEntries) throw tooMany(fileName, `holds ${declared} files, more than ${maxEntries}`);
  const entries: Entry[] = [];
  while (at + 46 <= buf.length && buf.readUInt32LE(at) === CENTRAL) {
    entries.push(withZip64(buf, at, { method: buf.readUInt16LE(at + 10), compressedSize: buf.readUInt32LE(at + 20), localOffset: buf.readUInt32LE(at + 42) }));
    if (entries.length > maxEntries) throw tooMany(fileName, `holds more than ${maxEntries} files`);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  // Entries declared but no directory where it should be: nothing this guard can count, so nothing opens it.
  if (entries.length === 0 && declared > 0) throw unreadableDocument(fileName, 'a Word or Excel file (its zip directory cannot be found)');
  return entries;
}

function findEnd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i -= 1) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** The zip64 end record (through its locator just before the end record): entry count and directory offset. */
function zip64End(fileName: string, buf: Buffer, end: number): { declared: number; at: number } {
  const locator = end - 20;
  if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw unreadableDocument(fileName, 'a Word or Excel file (its zip directory cannot be found)');
  const record = Number(buf.readBigUInt64LE(locator + 8));
  if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_END) throw unreadableDocument(fileName, 'a Word or Excel file (its zip directory cannot be found)');
  return { declared: Number(buf.readBigUInt64LE(record + 32)), at: Number(buf.readBigUInt64LE(record + 48)) };
}

/** Sizes and offsets of 0xFFFFFFFF are in the entry's zip64 extra field (id 1), in this order. */
function withZip64(buf: Buffer, at: number, entry: Entry): Entry {
  const uncompressed = buf.readUInt32LE(at + 24);
  if (uncompressed !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return entry;
  let extra = at + 46 + buf.readUInt16LE(at + 28);
  const extraEnd = Math.min(buf.length, extra + buf.readUInt16LE(at + 30));
  while (extra + 4 <= extraEnd) {
    const id = buf.readUInt16LE(extra);
    const size = buf.readUInt16LE(extra + 2);
    if (id === 1) {
      let k = extra + 4;
      const next = (): number => {
        const v = k + 8 <= extraEnd ? Number(buf.readBigUInt64LE(k)) : 0xffffffff;
        k += 8;
        return v;
      };
      if (uncompressed === 0xffffffff) next();
      const compressedSize = entry.compressedSize === 0xffffffff ? next() : entry.compressedSize;
      const localOffset = entry.localOffset === 0xffffffff ? next() : entry.localOffset;
      return { ...entry, compressedSize, localOffset };
    }
    extra += 4 + size;
  }
  return entry;
}

/** The stored bytes of one entry, as a zip library would slice them (after its local header). */
export function entryData(buf: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return Buffer.alloc(0);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  return buf.subarray(start, Math.min(buf.length, start + entry.compressedSize));
}

