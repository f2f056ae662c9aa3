import ExcelJS from 'exceljs';
import { resolveDraftTiming } from '../../../src/app/imports/resolve-draft-timing';
import { meetingsInDocument, withFound } from '../../../src/app/meetings/meetings-in-document';
import type { Meeting } from '../../../src/domain/meeting';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { ActionDraft } from '../../../src/import/draft';
import { readDocument } from '../../../src/import/read-document';

const calendar = englandAndWalesCalendar();
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

async function read(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return readDocument('tracker.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The calendar as an import leaves it ("Quarrybank Board", code QB): `stored`, then the meetings the drafts name. */
function calendarWith(drafts: ActionDraft[], stored: Meeting[] = []): Meeting[] {
  return withFound(stored, meetingsInDocument({ board: 'Quarrybank Board', meetingDate: null }, 'import', new Date(0), drafts));
}

/** "Next meeting" with an empty calendar: the next meeting the workbook itself names, less a 7-day paper deadline. */
function dueOf(draft: ActionDraft, documentMeeting: string | null, drafts: ActionDraft[]) {
  const reading = resolveDraftTiming(draft, (draft.meetingDate ?? documentMeeting)!, calendar, { meetings: calendarWith(drafts), boardCode: 'QB', paperDeadlineDays: 7 });
  return reading.ok ? [reading.reading.due, reading.reading.flags] : [reading.message];
}

describe('"next meeting" in a workbook that names later meetings', () => {
  it('when rows of two meetings share one sheet, then a row of the first meeting is due before the second, and one of the second needs a date', async () => {
    const reading = await read((wb) => {
      const ws = wb.addWorksheet('Log');
      ws.addRow(['Quarrybank Learning Trust - Audit and Risk Committee action log']);
      ws.addRow(['Meeting', 'No.', 'Action', 'Who', 'When']);
      ws.addRow([utc(2025, 3, 4), 1, 'Obtain a second quote for internal audit', 'CFO', 'Next meeting']);
      ws.addRow([utc(2025, 5, 20), 2, 'Report on the cyber insurance renewal', 'COO', 'next meeting']);
    });
    expect(reading.drafts.map((d) => d.nextMeetingDate ?? null)).toEqual(['2025-05-20', null]);
    expect(dueOf(reading.drafts[0]!, reading.meetingDate, reading.drafts)).toEqual(['2025-05-13', ['meeting']]);
    expect(dueOf(reading.drafts[1]!, reading.meetingDate, reading.drafts)).toEqual([null, ['needs-date']]);
  });

  it('when each meeting has its own sheet and a cover sheet gives the date of the next meeting, then each sheet\'s "next meeting" is the meeting after its own', async () => {
    const reading = await read((wb) => {
      const cover = wb.addWorksheet('Cover');
      cover.addRow(['Quarrybank Homes Board']);
      cover.addRow(['Date of next meeting', utc(2025, 10, 14)]);
      for (const [name, ref] of [['Board 8 May 2025', 'QB/01'], ['Board 10 July 2025', 'QB/02']] as const) {
        const ws = wb.addWorksheet(name);
        ws.addRow(['Action ref', 'Action', 'Owner', 'Date due']);
        ws.addRow([ref, 'Bring the damp and mould dashboard', 'Director of Assets', 'Next meeting']);
      }
    });
    expect(reading.nextMeetingDate).toBe('2025-10-14');
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.nextMeetingDate])).toEqual([
      ['QB/01', '2025-05-08', '2025-07-10'], ['QB/02', '2025-07-10', '2025-10-14'],
    ]);
    expect(reading.drafts.map((d) => dueOf(d, reading.meetingDate, reading.drafts))).toEqual([['2025-07-03', ['meeting']], ['2025-10-07', ['meeting']]]);
  });

  it('when the calendar has the next meeting cancelled, then the workbook does not bring it back', async () => {
    const reading = await read((wb) => {
      const ws = wb.addWorksheet('Log');
      ws.addRow(['Meeting', 'No.', 'Action', 'Who', 'When']);
      ws.addRow([utc(2025, 3, 4), 1, 'Obtain a second quote for internal audit', 'CFO', 'Next meeting']);
      ws.addRow([utc(2025, 5, 20), 2, 'Report on the cyber insurance renewal', 'COO', '30/06/2025']);
    });
    const cancelled = { boardCode: 'QB', board: 'Quarrybank', date: '2025-05-20', title: '', cancelled: true, source: 'cli' as const, addedBy: 'x', addedAt: '' };
    const timing = resolveDraftTiming(reading.drafts[0]!, '2025-03-04', calendar, { meetings: calendarWith(reading.drafts, [cancelled]), boardCode: 'QB', paperDeadlineDays: 7 });
    expect(timing.ok && timing.reading.due).toBeNull();
  });
});
