/**
 * The cells of a table line in text: tab-separated (a Word table saved as text, or a converted
 * .docx table) or a markdown pipe row, with or without the outer bars ("Ref | Action | Owner": at least
 * two bars with spaces round them, so "DMPC|MOPAC" in prose is not a table). Null for any other line.
 */
export function splitCells(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  const t = line.trim();
  if (t.length > 2 && t.startsWith('|') && t.endsWith('|')) return t.slice(1, -1).split('|').map((c) => c.trim());
  if ((t.match(/\s\|\s/g) ?? []).length >= 2) return t.replace(/^\|\s*|\s*\|$/g, '').split('|').map((c) => c.trim());
  return null;
}

/** The `|---|:---:|` line under a markdown table header. */
export function isMarkdownRule(line: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
}
