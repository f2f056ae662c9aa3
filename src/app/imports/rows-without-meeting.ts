import type { ActionDraft, ImportProblem } from '../../import/draft';
import { describePlace } from '../../import/place';

/**
 * The "I could not find the meeting date" problem, for a document that gives no meeting date of its own.
 * When every row lacks a meeting it speaks of the whole document; when only some do (a cumulative tracker
 * whose section rows carry full dates but for "Business delegated to committees"), it names those rows and
 * their section, so the secretariat knows which rows the date it gives will file. Null when no row lacks one.
 */
export function missingMeetingProblem(fileName: string, drafts: ActionDraft[]): ImportProblem | null {
  const lacking = drafts.filter((d) => !d.meetingDate && !d.meetingMonth);
  if (lacking.length === 0) return null;
  if (lacking.length === drafts.length) {
    return { place: {}, field: 'meeting date', message: `I could not find the meeting date in "${fileName}" (I look for headings such as "Actions from 21 April 2022 Meeting" or "Record of Meeting 31 August 2023"). Give it with --meeting-date YYYY-MM-DD.` };
  }
  const groups = groupBySection(lacking);
  const named = groups.map((g) => `${rowsText(g.drafts)}${g.section ? ` under "${g.section}"` : ''}`);
  const sectioned = groups.every((g) => g.section);
  return {
    place: {}, field: 'meeting date',
    message: `I could not find the meeting date of ${joinAnd(named)} in "${fileName}": the rows above take theirs from their section rows, ${lacking.length === 1 ? 'this one has' : 'these have'} none and the document gives none. Give it with --meeting-date YYYY-MM-DD (it files only the rows without a meeting)${sectioned ? `, or put the date in ${groups.length === 1 ? 'that section row' : 'those section rows'}` : ''}.`,
  };
}

/** Rows without a meeting, in document order, gathered under the section row above them. */
function groupBySection(drafts: ActionDraft[]): Array<{ section: string | undefined; drafts: ActionDraft[] }> {
  const groups: Array<{ section: string | undefined; drafts: ActionDraft[] }> = [];
  for (const d of drafts) {
    const last = groups[groups.length - 1];
    if (last && last.section === d.section) last.drafts.push(d);
    else groups.push({ section: d.section, drafts: [d] });
  }
  return groups;
}

/** "line 10", "lines 10–11", "table 1, rows 8–9", or "table 1, row 8 to table 2, row 3", for use in a sentence. */
function rowsText(drafts: ActionDraft[]): string {
  const first = lower(describePlace(drafts[0]!.place));
  if (drafts.length === 1) return first;
  const last = lower(describePlace(drafts[drafts.length - 1]!.place));
  const a = /^(.*?)(row|line) (\d+)$/.exec(first);
  const b = /^(.*?)(row|line) (\d+)$/.exec(last);
  if (a && b && a[1] === b[1] && a[2] === b[2]) return `${a[1]}${a[2]}s ${a[3]}–${b[3]}`;
  return `${first} to ${last}`;
}

function lower(text: string): string {
  return text.replace(/^[A-Z]/, (c) => c.toLowerCase());
}

function joinAnd(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`;
}
