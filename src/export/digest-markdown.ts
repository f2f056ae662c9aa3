import { longDate } from '../domain/calendar-date';
import type { DigestTableGroup } from '../domain/digest';
import { ExportInput, markingOf, titleOf } from './export-input';
import { DigestSection, digestSections } from './digest-sections';
import { londonDate, londonTimeText } from '../domain/london-time';

/** Escapes what Markdown would otherwise read as emphasis, code, links, HTML or a table cell break. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

function summary(lines: string[]): string[] {
  const [first = '', ...bullets] = lines;
  return [mdText(first), ...(bullets.length ? ['', ...bullets.map((l) => `- ${mdText(l)}`)] : [])];
}

function section(s: DigestSection): string[] {
  const body = s.items.length === 0 ? [`_${mdText(s.none)}_`] : s.items.map((i) => `- **${mdText(i.reference)}** — ${mdText(i.body)}`);
  return ['', `## ${s.heading}`, '', ...body];
}

function table(group: DigestTableGroup): string[] {
  const rows = group.rows.map((r) => `| ${r.number} | ${mdText(r.text)} | ${mdText(r.update)} | ${r.rag} |`);
  return ['', `### ${mdText(group.heading)}`, '', '| No. | Action | Update | RAG |', '| ---: | --- | --- | --- |', ...rows];
}

/**
 * The digest as a chat-friendly Markdown document: the paper's content, with one table per meeting (and
 * strand); the protective marking, when given, first and last.
 */
export function digestMarkdown(input: ExportInput): string {
  const { digest } = input;
  const marking = markingOf(input);
  const lines = [...(marking ? [`**${mdText(marking)}**`, ''] : []), `# ${mdText(titleOf(input))}`, '', `**As of ${longDate(digest.asOf)}**`, '', ...summary(digest.summary)];
  if (digest.counts.total > 0) {
    for (const s of digestSections(digest, { unreachableLeads: true })) lines.push(...section(s));
    lines.push('', '## Progress by action');
    for (const group of digest.table) lines.push(...table(group));
  }
  const at = input.generatedAt;
  lines.push('', `_Prepared by Chaser on ${longDate(londonDate(at))} at ${londonTimeText(at)}._`, '');
  if (marking) lines.push(`**${mdText(marking)}**`, '');
  return lines.join('\n');
}
