import { SourcePlace } from './draft';

/**
 * Turns the HTML mammoth makes from a .docx (or Teams from a pasted message) into the text the text
 * reader expects: one line per paragraph or <div> (blank line after), headings as "# ...", list items as "- ..." or "4.3. ..." (Word's
 * automatic numbering rebuilt), and each table row as one tab-separated line.
 */
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface ListLevel {
  ordered: boolean;
  count: number;
}

/** A cell merged down (`rowspan`): its text, repeated in the rows it covers. */
interface MergedDown {
  text: string;
  rows: number;
}

/** Line breaks inside a run would shift the lines the places count: they read as spaces. */
const BREAKS = /[\r\n\u2028\u2029\u000b\u000c\u0085]/g;

export function docxHtmlToText(html: string): string {
  return convertDocxHtml(html).text;
}

/**
 * As `docxHtmlToText`, with the place of every table row line: `places[i]` is `{ table, row }` for the
 * 0-based line i (tables counted in document order, rows from 1 with the header row), as Word users count
 * them. A cell merged down over several rows (Word's vertical merge) gives its text to each of them.
 */
export function convertDocxHtml(html: string): { text: string; places: Array<SourcePlace | undefined> } {
  const out: string[] = [];
  const places: Array<SourcePlace | undefined> = [];
  let tables = 0;
  let rowNumber = 0;
  let down = new Map<number, MergedDown>();
  let rowspan = 1;
  const lists: ListLevel[] = [];
  let block = '';
  let prefix = '';
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  let span = 1;
  const flush = (blankAfter: boolean): void => {
    // Tabs stay: a letter may lay out its annex with tab stops instead of a table.
    const text = block.replace(/ +/g, ' ').replace(/ ?\t ?/g, '\t').replace(/^ +| +$/g, '');
    if (!/^\t*$/.test(text)) out.push(prefix + text);
    if (blankAfter && out.length > 0 && out[out.length - 1] !== '') out.push('');
    block = '';
    prefix = '';
  };
  for (const m of html.matchAll(TOKEN)) {
    const [, close, rawTag, attrs, text] = m;
    if (text !== undefined) {
      const t = decodeEntities(text).replace(BREAKS, ' ');
      if (cell !== null) cell += t;
      else block += t;
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tableDepth > 0 && cell !== null && tag !== 'td' && tag !== 'th' && tag !== 'tr' && tag !== 'table') {
      if (!close && (tag === 'p' || tag === 'br' || tag === 'li')) cell += ' ';
      continue;
    }
    if (tag === 'table') {
      if (close) tableDepth -= 1;
      else if (tableDepth++ === 0) {
        flush(true);
        tables += 1;
        rowNumber = 0;
        down = new Map();
      }
      if (close && tableDepth === 0) out.push('');
      else if (tableDepth > 1 && cell !== null) cell += ' ';
    } else if (tableDepth > 1) {
      if (cell !== null) cell += ' ';
    } else if (tag === 'tr') {
      if (close && row) {
        fillMergedDown(row, down);
        rowNumber += 1;
        places[out.length] = { table: tables, row: rowNumber };
        out.push(row.join('\t'));
      }
      row = close ? null : [];
    } else if (tag === 'td' || tag === 'th') {
      if (!close) {
        cell = '';
        span = Number(/colspan="(\d+)"/.exec(attrs ?? '')?.[1] ?? 1);
        rowspan = Number(/rowspan="(\d+)"/.exec(attrs ?? '')?.[1] ?? 1);
        if (row) fillMergedDown(row, down);
      } else if (row && cell !== null) {
        const value = cell.replace(/\s+/g, ' ').trim();
        if (rowspan > 1) down.set(row.length, { text: value, rows: rowspan - 1 });
        row.push(value);
        for (let k = 1; k < span; k += 1) row.push('');
        cell = null;
      }
    } else if (tag === 'ul' || tag === 'ol') {
      if (close) lists.pop();
      else {
        if (block.trim()) flush(false);
        lists.push({ ordered: tag === 'ol', count: 0 });
      }
    } else if (tag === 'li') {
      if (close) flush(lists.length <= 1);
      else prefix = listPrefix(lists);
    } else if (/^h[1-6]$/.test(tag)) {
      if (close) flush(true);
      else prefix = `${'#'.repeat(Number(tag[1]))} `;
    } else if (tag === 'p') {
      if (close) flush(true);
    } else if (tag === 'div') {
      // Teams writes each line of a message as a <div> (mammoth never does): each is a paragraph.
      if (block.trim()) flush(true);
    } else if (tag === 'br') {
      const keep = prefix;
      flush(false);
      prefix = keep ? ' '.repeat(keep.length) : '';
    }
  }
  flush(false);
  return { text: out.join('\n'), places };
}

/** Puts the text of cells merged down from rows above into this row, while they hold its next column. */
function fillMergedDown(row: string[], down: Map<number, MergedDown>): void {
  for (let merged = down.get(row.length); merged; merged = down.get(row.length)) {
    row.push(merged.text);
    merged.rows -= 1;
    if (merged.rows === 0) down.delete(row.length - 1);
  }
}

/** "- " for bullets; "4.3. " for numbered items (each level's count joined), indented by depth. */
function listPrefix(lists: ListLevel[]): string {
  const level = lists[lists.length - 1];
  if (!level) return '';
  level.count += 1;
  const indent = '  '.repeat(lists.length - 1);
  if (!level.ordered) return `${indent}- `;
  const numbers = lists.filter((l) => l.ordered).map((l) => l.count);
  return `${indent}${numbers.join('.')}. `;
}
