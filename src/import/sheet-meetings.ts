import { STATUS_LABEL } from '../domain/action';
import { IsoDate, longDate } from '../domain/calendar-date';
import { ImportProblem } from './draft';
import { describePlace } from './place';
import { SheetTable } from './read-register';
import { SheetName, dayInMonth, monthNear } from './sheet-name';

/** One action sheet as read, and the meeting its title or tab name gives (`sheetMeetings` fills these in). */
export interface SheetMeeting extends SheetTable {
  name: string;
  hidden: boolean;
  sheetName: SheetName;
  /** A full date from a title row above the headings, else from the tab name. */
  meetingDate: IsoDate | null;
  /** "YYYY-MM" when the tab names only a month (its year from the sheets beside it when it gives none). */
  month?: string;
}

/**
 * Fills in each sheet's `meetingDate` (title row, else tab name) and `month` (tab name only). A month named
 * without a year ("Sept meeting") takes the year that puts it nearest the meeting of the closest sheet (in tab
 * order) that names one; with no such sheet it is left unknown. A day with the month ("Cabinet 8 Oct") makes
 * that year's date the sheet's meeting.
 */
export function sheetMeetings(sheets: SheetMeeting[]): void {
  for (const s of sheets) {
    s.meetingDate = s.heading.meetingDate ?? s.sheetName.meetingDate ?? null;
    if (s.sheetName.month) s.month = s.sheetName.month;
  }
  sheets.forEach((s, i) => {
    const alone = s.sheetName.monthAlone;
    if (s.meetingDate || !alone) return;
    const near = sheets
      .map((o, j) => ({ at: o.meetingDate ?? o.month, distance: Math.abs(j - i) }))
      .filter((o): o is { at: string; distance: number } => o.at !== undefined && o.at !== null && o.distance > 0)
      .sort((a, b) => a.distance - b.distance)[0];
    if (near) s.month = monthNear(alone, near.at);
    // "Cabinet 8 Oct": with its year found, the tab gives the whole date of its meeting.
    const day = s.month && s.sheetName.dayAlone ? dayInMonth(s.sheetName.dayAlone, s.month) : undefined;
    if (day) {
      s.meetingDate = day;
      delete s.month;
    }
  });
}

/**
 * Settles what the sheets themselves say, once the document's meeting is known, and reports it: an undated
 * sheet's actions (with `several` sheets) are filed under `documentMeeting`, with a warning; a closed sheet's
 * actions with no status are complete (one with another status keeps it, with a warning); a month-only tab is
 * a warning; a hidden sheet is a warning. Returns those with each sheet's own table problems. Changes drafts.
 */
export function settleSheets(sheets: SheetMeeting[], documentMeeting: IsoDate | null, several: boolean): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const warn = (place: ImportProblem['place'], message: string, field = 'sheet'): void => {
    problems.push({ place, field, severity: 'warning', message });
  };
  for (const s of sheets) {
    problems.push(...s.problems);
    const sheet = `Sheet "${s.name}"`;
    const undated = s.drafts.filter((d) => !d.meetingDate && !d.meetingMonth);
    if (several && !s.meetingDate && !s.month && documentMeeting && undated.length) {
      for (const d of undated) d.meetingDate = documentMeeting;
      warn({ sheet: s.name }, `${sheet}: the sheet names no meeting, so its actions are filed under the latest meeting the workbook names (${longDate(documentMeeting)}) (expected a Meeting date column, a title such as "Actions from the meeting of 12 March 2024", or the sheet named by its meeting's date such as "12.03.2024").`);
    }
    const monthly = s.drafts.find((d) => d.meetingMonth && d.meetingMonth === s.month && !s.meetingDate);
    if (monthly) {
      const meeting = documentMeeting ? `the document's meeting (${longDate(documentMeeting)})` : 'the meeting date given for the import';
      const same = documentMeeting?.startsWith(s.month!);
      warn(monthly.place, `${describePlace(monthly.place)}: the sheet "${s.name}" gives the month of its actions' meeting but not the day, so ${meeting} is ${same ? 'taken as their meeting' : 'used for them'} (expected the sheet named by its meeting's date such as "12.03.2024", a title such as "Actions from the meeting of 12 March 2024", or a Meeting date column, to file them under their own meeting).`, 'meeting');
    } else if (s.sheetName.monthAlone && !s.meetingDate && !s.month && s.drafts.length) {
      warn({ sheet: s.name }, `${sheet}: the sheet names a month but not its year, and no other sheet names a meeting, so its actions are filed under the meeting date given for the import (expected the sheet named by its meeting's date such as "12.03.2024").`);
    }
    if (s.sheetName.closed) {
      for (const d of s.drafts) {
        if (!d.status) d.status = 'complete';
        else if (d.status !== 'complete') {
          warn(d.place, `${describePlace(d.place)}: the sheet is for closed actions but action ${d.ref || d.text}'s status is ${STATUS_LABEL[d.status]}, so that status is kept (expected a completed action on this sheet, or the action moved to an open sheet).`);
        }
      }
    }
    if (s.hidden && s.drafts.length) {
      const count = s.drafts.length === 1 ? 'its 1 action was' : `its ${s.drafts.length} actions were`;
      warn({ sheet: s.name }, `${sheet}: the sheet is hidden in the workbook; ${count} read too (expected every sheet of actions to be the board's; delete a sheet that is not, and import again).`);
    }
  }
  return problems;
}
