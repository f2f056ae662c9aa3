/**
 * Turns the HTML mammoth makes from a .docx into the text the text reader expects: one line per
 * paragraph (blank line after), headings as "# ...", list items as "- ..." or "4.3. ..." (Word's
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

export function docxHtmlToText(html: string): string {
  const out: string[] = [];
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
      const t = decodeEntities(text);
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
      else if (tableDepth++ === 0) flush(true);
      if (close && tableDepth === 0) out.push('');
      else if (tableDepth > 1 && cell !== null) cell += ' ';
    } else if (tableDepth > 1) {
      if (cell !== null) cell += ' ';
    } else if (tag === 'tr') {
      if (close && row) out.push(row.join('\t'));
      row = close ? null : [];
    } else if (tag === 'td' || tag === 'th') {
      if (!close) {
        cell = '';
        span = Number(/colspan="(\d+)"/.exec(attrs ?? '')?.[1] ?? 1);
      } else if (row && cell !== null) {
        row.push(cell.replace(/\s+/g, ' ').trim());
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
    } else if (tag === 'br') {
      const keep = prefix;
      flush(false);
      prefix = keep ? ' '.repeat(keep.length) : '';
    }
  }
  flush(false);
  return out.join('\n');
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
