import { IsoDate } from '../domain/calendar-date';
import { ActionDraft, ImportProblem } from './draft';
import { describePlace } from './place';

/** "Payroll (IA 23-24/07)" → "IA 23-24/07": a bracketed code holding a digit names the group shortly. */
const BRACKETED_CODE = /\(([^()]*\d[^()]*)\)\s*$/;

/** The group as a reference's prefix: its bracketed code, else its text as written. */
export function groupPrefix(group: string): string {
  return BRACKETED_CODE.exec(group)?.[1]?.trim() ?? group.trim();
}

/**
 * Makes references unique within their groups: when one reference ("R1") is used under two or more groups
 * (audits, sections; `ActionDraft.group`) of the same board and meeting, every grouped draft's reference there
 * becomes "<group prefix> <reference>" ("IA 23-24/07 R1", "IA 23-24/07 R2"), with one warning per clashing
 * reference. Without a clash every reference is kept as written. A reference
 * repeated within one group is left for `dropDuplicateNumbers` to report. `meetingDate` is the document's.
 */
export function qualifyGroupedRefs(drafts: ActionDraft[], meetingDate: IsoDate | null): { drafts: ActionDraft[]; problems: ImportProblem[] } {
  const scope = (d: ActionDraft): string => `${d.board ?? ''}|${d.meetingDate ?? d.meetingMonth ?? meetingDate ?? ''}`;
  const byRef = new Map<string, ActionDraft[]>();
  for (const d of drafts) {
    if (!d.ref || d.refFromPosition || !d.group) continue;
    const key = `${scope(d)}|${d.ref}`;
    byRef.set(key, [...(byRef.get(key) ?? []), d]);
  }
  const problems: ImportProblem[] = [];
  const clashing = new Set<string>();
  for (const same of byRef.values()) {
    const groups = new Set(same.map((d) => d.group!));
    if (groups.size < 2) continue;
    clashing.add(scope(same[0]!));
    const first = same[0]!;
    problems.push({
      place: first.place, field: 'number', severity: 'warning',
      message: `${describePlace(first.place)}: reference ${first.ref} is used under ${groups.size} different groups (${[...groups].map((g) => `"${g}"`).join(', ')}), so each reference is kept with its group's (such as "${groupPrefix(first.group!)} ${first.ref}").`,
    });
  }
  // Every grouped reference where one clashes, so the references of one audit all read alike.
  const renamed = new Map<ActionDraft, string>();
  for (const d of drafts) if (d.ref && !d.refFromPosition && d.group && clashing.has(scope(d))) renamed.set(d, `${groupPrefix(d.group)} ${d.ref}`);
  // The group has done its work: the drafts leave without it (a topic is kept as the strand or item).
  const settled = drafts.map((draft) => {
    const { group: _group, ...d } = draft;
    const ref = renamed.get(draft);
    return ref ? { ...d, ref } : d;
  });
  return { drafts: settled, problems };
}
