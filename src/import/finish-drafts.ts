import { IsoDate, longDate } from '../domain/calendar-date';
import { ActionDraft, ImportProblem } from './draft';
import { dropDuplicateNumbers } from './check-duplicates';
import { longTextWarnings } from './long-text';
import { numberDrafts } from './number-drafts';
import { describePlace } from './place';
import { readSection } from './section-row';

/**
 * The last step of every reader, once the document's meeting is known: repeated references dropped,
 * drafts numbered (`numberDrafts`), month-only sections settled against the document's meeting, and
 * text too long for one stored field reported.
 */
export function finishDrafts(found: ActionDraft[], meetingDate: IsoDate | null): { drafts: ActionDraft[]; problems: ImportProblem[] } {
  const { drafts: kept, problems } = dropDuplicateNumbers(found, meetingDate);
  const drafts = numberDrafts(kept, meetingDate).map((d) => settleMonth(d, meetingDate));
  return { drafts, problems: [...problems, ...monthWarnings(found, meetingDate), ...longTextWarnings(drafts)] };
}

/** A month that is the document's own meeting month is that meeting: the month is not kept. */
function settleMonth(draft: ActionDraft, meetingDate: IsoDate | null): ActionDraft {
  if (!draft.meetingMonth || !meetingDate?.startsWith(draft.meetingMonth)) return draft;
  const { meetingMonth: _month, ...rest } = draft;
  return rest;
}

/** One warning per month-only section: the day is unknown, so the document's meeting is used. */
function monthWarnings(drafts: ActionDraft[], meetingDate: IsoDate | null): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const d of drafts) {
    // A month from the sheet's name (`read-sheets.ts` says so itself) is not the section's.
    if (!d.meetingMonth || !d.section || seen.has(d.section) || readSection(d.section).month !== d.meetingMonth) continue;
    seen.add(d.section);
    const meeting = meetingDate ? `the document's meeting (${longDate(meetingDate)})` : 'the meeting date given for the import';
    const same = meetingDate?.startsWith(d.meetingMonth);
    problems.push({
      place: d.place, field: 'meeting', severity: 'warning',
      message: `${describePlace(d.place)}: the section "${d.section}" gives the month of its actions' meeting but not the day, so ${meeting} is ${same ? 'taken as their meeting' : 'used for them'} (expected a section such as "Actions from the meeting on 28 April 2022", or a Meeting date column, to file them under their own meeting).`,
    });
  }
  return problems;
}
