import { readFileSync } from 'fs';
import { join } from 'path';
import { planImport } from '../../../src/app/imports/plan-import';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import type { Resolution, TimingFlag } from '../../../src/domain/action';
import { readDocument } from '../../../src/import/read-document';
import { memoryStore } from '../../support/memory-store';

/**
 * The import cases' timing table, file by file: each document read and planned as an import is (nothing
 * written), every row's due date, how it was read and its flags as the cases give them. R is the meeting
 * date each document gives.
 */
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'import');
type Row = [ref: string, due: string, read: Resolution, flags: TimingFlag[]];

async function planned(file: string) {
  const plan = await planImport(await readDocument(file, readFileSync(join(FIXTURES, file))), {}, { store: memoryStore(), calendar: englandAndWalesCalendar(), now: new Date('2023-10-12T09:00:00Z') });
  expect(plan.problems).toEqual([]);
  return plan;
}

const CASES: Array<[file: string, meeting: string, rows: Row[]]> = [
  ['hyphen-dates-timing.txt', '2023-10-12', [['1', '2023-11-13', 'exact', []], ['2', '2024-01-31', 'inferred', ['ambiguous']], ['3', '2023-08-31', 'exact', ['before-meeting']]]],
  ['fy-short-years-q3-23-24.txt', '2023-10-12', [['1', '2023-12-31', 'exact', []], ['2', '2024-03-31', 'exact', []], ['3', '2024-03-31', 'exact', []]]],
  ['apostrophe-and-two-digit-years.txt', '2023-10-12', [['1', '2025-03-31', 'inferred', []], ['2', '2024-02-29', 'inferred', []], ['3', '2025-06-30', 'inferred', ['ambiguous']], ['4', '2023-12-22', 'exact', ['ambiguous']]]],
  ['before-month-read-as-end-of-month.txt', '2013-01-22', [['1', '2013-03-31', 'exact', []], ['2', '2013-03-31', 'exact', []]]],
  ['abbreviated-month-meeting.txt', '2023-10-12', [['1', '2024-01-01', 'inferred', []], ['2', '2024-09-01', 'inferred', []], ['3', '2023-12-01', 'inferred', []], ['4', '2024-03-01', 'inferred', []]]],
  ['bare-and-next-spans.txt', '2023-10-12', [['1', '2024-01-12', 'exact', []], ['2', '2023-10-26', 'exact', []], ['3', '2023-11-12', 'exact', []], ['4', '2023-10-26', 'exact', []], ['5', '2023-11-09', 'exact', []]]],
  ['relative-to-meeting-phrases.txt', '2023-10-12', [['1', '2023-10-31', 'exact', []], ['2', '2023-11-30', 'exact', []], ['3', '2023-10-20', 'inferred', []], ['4', '2023-10-13', 'inferred', []], ['5', '2023-11-03', 'inferred', []], ['6', '2024-03-31', 'inferred', []]]],
];

describe('the import cases\' timings, read from their files', () => {
  it.each(CASES)('when %s (meeting %s) is imported, then each row is due as the cases say', async (file, meeting, rows) => {
    const plan = await planned(file);
    expect(plan.meetingDate).toBe(meeting);
    // Flags about where the date came from (date-set, meeting, from-text) are not the point here.
    const shown = new Set<string>(['ambiguous', 'before-meeting']);
    expect(plan.rows.map(({ action }) => [action.ref, action.due, action.resolution, action.flags.filter((f) => shown.has(f))])).toEqual(rows);
  });

  it('when a Timing cell holds two dates, or a date revised from another, then the revised (last) one is due and the earlier kept as superseded', async () => {
    const plan = await planned('revised-date-in-timing-cell.txt');
    expect(plan.meetingDate).toBe('2023-05-10');
    expect(plan.rows.map(({ action }) => [action.ref, action.due, action.resolution, action.flags.includes('ambiguous'), action.superseded])).toEqual([
      ['1', '2023-11-08', 'exact', true, ['2023-09-13']],
      ['2', '2023-12-31', 'exact', false, ['2023-11-30']],
      ['3', '2024-01-31', 'exact', false, ['2023-11-30']],
    ]);
  });
});
