/**
 * A large text (a gzipped document, a long list of keys) stored over several rows of one partition:
 * each row holds up to `PARTS_PER_ROW` string properties of `PART_CHARS` characters (Azure Tables: 32K
 * UTF-16 characters in a string property, 1 MiB in an entity). Rows are named `<name>|000`, `<name>|001`, …
 */
const PART_CHARS = 30_000;
const PARTS_PER_ROW = 15;
const ROW_CHARS = PART_CHARS * PARTS_PER_ROW;

export interface ChunkRow {
  partitionKey: string;
  rowKey: string;
  [part: string]: unknown;
}

/** The rows that hold `text` under `name` in `partitionKey` (at least one, even for ''). */
export function toChunkRows(partitionKey: string, name: string, text: string): ChunkRow[] {
  const rows: ChunkRow[] = [];
  for (let start = 0; start < text.length || rows.length === 0; start += ROW_CHARS) {
    const row: ChunkRow = { partitionKey, rowKey: `${name}|${String(rows.length).padStart(3, '0')}` };
    const slice = text.slice(start, start + ROW_CHARS);
    for (let i = 0; i * PART_CHARS < slice.length; i++) row[`p${i}`] = slice.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
    rows.push(row);
  }
  return rows;
}

/** Joins the rows `toChunkRows` wrote for `name` (others in `rows` are ignored), in row order. */
export function fromChunkRows(rows: Array<Record<string, unknown>>, name: string): string {
  return rows
    .filter((r) => typeof r.rowKey === 'string' && r.rowKey.startsWith(`${name}|`))
    .sort((a, b) => String(a.rowKey).localeCompare(String(b.rowKey)))
    .map((r) => {
      let text = '';
      for (let i = 0; typeof r[`p${i}`] === 'string'; i++) text += r[`p${i}`] as string;
      return text;
    })
    .join('');
}
