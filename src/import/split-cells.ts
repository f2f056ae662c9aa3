/**
 * The cells of a table line in text: tab-separated (a Word table saved as text, or a converted
 * .docx table) or a markdown pipe row, with or without the outer bars ("Ref | Action | Owner": at least
 * two bars with spaces round them, so "DMPC|MOPAC" in prose is not a table). Null for any other line.
 * In a pipe row an escaped bar ("times \| by ward") is text, not a column, and inline markdown is read as
 * the plain text it shows (`plainMarkdown`).
 */
export function splitCells(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  const t = line.trim();
  if (t.length > 2 && t.startsWith('|') && t.endsWith('|') && !t.endsWith('\\|')) return pipeCells(t.slice(1, -1));
  if ((t.match(/\s\|\s/g) ?? []).length >= 2) return pipeCells(t.replace(/^\|\s*|\s*(?<!\\)\|$/g, ''));
  return null;
}

function pipeCells(inner: string): string[] {
  return inner.split(/(?<!\\)\|/).map((c) => plainMarkdown(c.replace(/\\\|/g, '|').trim()));
}

/**
 * A markdown cell as it shows: `code`, **bold**, __bold__, *em*, _em_ and [text](url) lose their marks
 * ("**Complete**" → "Complete", "[Head of Leisure](mailto:…)" → "Head of Leisure"). A lone "*" (a footnote
 * marker: "Complete*") and snake_case words are left as written.
 */
export function plainMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)\s]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2');
}

/** The `|---|:---:|` line under a markdown table header (`|:--|--|`: GitHub takes one dash a cell). */
export function isMarkdownRule(line: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) || /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/.test(line);
}
