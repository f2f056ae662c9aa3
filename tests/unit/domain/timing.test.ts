import { TimingFlag, TimingReading } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { explainTiming, readTiming } from '../../../src/domain/timing';

const calendar = englandAndWalesCalendar();
/** The seed letter's meeting. */
const R = '2022-04-21';

type Row = [timing: string, meeting: string, due: string | null, resolution: TimingReading['resolution'], flags?: TimingFlag[], milestones?: string[]];

function title([timing, meeting, due, resolution, flags = [], milestones = []]: Row): string {
  const then = due === null ? 'no date' : `${due} ${resolution}`;
  const extra = [flags.length ? `flagged ${flags.join(', ')}` : '', milestones.length ? `milestones ${milestones.join(', ')}` : ''];
  return [`when ${JSON.stringify(timing)} at a meeting on ${meeting}, then ${then}`, ...extra.filter(Boolean)].join(', ');
}

function expectReading([timing, meeting, due, resolution, flags = [], milestones = []]: Row): void {
  expect(readTiming(timing, meeting, calendar)).toEqual({ due, resolution, flags, milestones, superseded: [] });
}

const NEEDS: TimingFlag[] = ['needs-date'];
const BEFORE: TimingFlag[] = ['before-meeting'];
const MILESTONES: TimingFlag[] = ['milestones'];

const rules: Record<string, Row[]> = {
  'full dates': [
    ['By 30/06/2022', R, '2022-06-30', 'exact'],
    ['13 May 2022', R, '2022-05-13', 'exact'],
    ['13th May 2022', R, '2022-05-13', 'exact'],
    ['2022-06-30', R, '2022-06-30', 'exact'],
    ['30.06.22', R, '2022-06-30', 'exact'],
    ['June 30, 2022', R, '2022-06-30', 'exact'],
    ['by 1/2/2023', R, '2023-02-01', 'exact'], // UK order: 1 February, not 2 January
    ['29 February 2024', R, '2024-02-29', 'exact'],
    ['By 13 May 2021', R, '2021-05-13', 'exact'], // a written year is kept even when past
  ],
  'dates that do not exist': [
    ['31 June 2022', R, null, 'none', NEEDS],
    ['30/02/2022', R, null, 'none', NEEDS],
    ['29 February 2023', R, null, 'none', NEEDS],
    ['31 June', R, null, 'none', NEEDS],
    ['2022-13-01', R, null, 'none', NEEDS],
    ['interim by 13 May; final by 31 June', R, null, 'none', NEEDS],
  ],
  'day and month with no year': [
    ['By 13 May', R, '2022-05-13', 'exact'],
    ['13th May', R, '2022-05-13', 'exact'],
    ['May 13', R, '2022-05-13', 'exact'],
    ['the 13th of May', R, '2022-05-13', 'exact'],
    ['By 13 April', R, '2022-04-13', 'exact', BEFORE],
    ['By 1 March', R, '2023-03-01', 'exact'],
    ['21 April', R, '2022-04-21', 'exact'], // the meeting day itself is on or after R
    ['21 March', R, '2022-03-21', 'exact', BEFORE], // exactly 31 days before
    ['20 March', R, '2023-03-20', 'exact'], // 32 days before: next year
    ['By 30/06', R, '2022-06-30', 'exact'],
    ['By 13 January', '2022-12-15', '2023-01-13', 'exact'],
    ['By 20 December', '2023-01-10', '2022-12-20', 'exact', BEFORE], // 21 days back, across the year end
    ['By 9 December', '2023-01-10', '2023-12-09', 'exact'], // 32 days back
    ['29 February', '2023-03-10', '2024-02-29', 'exact'],
    ['29 February', '2024-03-15', '2024-02-29', 'exact', BEFORE],
  ],
  'end of a month': [
    ['End April', R, '2022-04-30', 'exact'],
    ['By end May 2022', R, '2022-05-31', 'exact'],
    ['by the end of July', R, '2022-07-31', 'exact'],
    ['end of June', R, '2022-06-30', 'exact'],
    ['close of May', R, '2022-05-31', 'exact'],
    ['End March', R, '2023-03-31', 'exact'],
    ['end-Feb 2024', R, '2024-02-29', 'exact'],
    ['end February', '2023-12-05', '2024-02-29', 'exact'],
  ],
  'middle and beginning of a month': [
    ['By mid-May', R, '2022-05-15', 'exact'],
    ['mid May', R, '2022-05-15', 'exact'],
    ['mid-June 2023', R, '2023-06-15', 'exact'],
    ['middle of March', R, '2023-03-15', 'exact'],
    ['mid-April', R, '2022-04-15', 'exact', BEFORE],
    ['early June', R, '2022-06-07', 'inferred'],
    ['beginning of June', R, '2022-06-07', 'inferred'],
    ['start of July 2023', R, '2023-07-07', 'inferred'],
  ],
  'a month tied to a meeting or report': [
    ['For discussion at the June DMPC-AC Met Operations meeting.', R, '2022-06-01', 'inferred'],
    ['January 2023 Oversight Board report', R, '2023-01-01', 'inferred'],
    ['July board', R, '2022-07-01', 'inferred'],
    ['to the September meeting', R, '2022-09-01', 'inferred'],
    ['March meeting', R, '2023-03-01', 'inferred'],
    ['the April board', R, '2022-04-01', 'inferred', BEFORE],
  ],
  'a month alone': [
    ['June', R, '2022-06-30', 'inferred'],
    ['in July', R, '2022-07-31', 'inferred'],
    ['July 2022', R, '2022-07-31', 'inferred'],
    ['by July', R, '2022-07-31', 'inferred'],
    ['April', R, '2022-04-30', 'inferred'],
    ['March', R, '2023-03-31', 'inferred'],
    ['May', R, '2022-05-31', 'inferred'],
    ['by Sept', R, '2022-09-30', 'inferred'],
  ],
  seasons: [
    ['Summer 2021', R, '2021-08-31', 'inferred', BEFORE], // a period already over: flagged
    ['by autumn', R, '2022-11-30', 'inferred'],
    ['Spring 2023', R, '2023-05-31', 'inferred'],
    ['Winter 2022', R, '2023-02-28', 'inferred'],
    ['Winter 2023', R, '2024-02-29', 'inferred'],
    ['spring', R, '2022-05-31', 'inferred'],
    ['winter', '2022-02-10', '2022-02-28', 'inferred'],
    ['summer', '2022-09-01', '2023-08-31', 'inferred'],
  ],
  quarters: [
    ['Q3 2022', R, '2022-09-30', 'exact'],
    ['Q3 2022-23', R, '2022-12-31', 'exact'],
    ['Q4 2023/24', R, '2024-03-31', 'exact'],
    ['Q1 2023/2024', R, '2023-06-30', 'exact'],
    ['Q2 2023-24', R, '2023-09-30', 'exact'],
    // No year: the financial quarter (Q1 = Apr-Jun) ending on or after R, read two ways, so flagged.
    ['Q2', R, '2022-09-30', 'inferred', ['ambiguous']],
    ['Q1', R, '2022-06-30', 'inferred', ['ambiguous']],
    ['by Q4 2022', R, '2022-12-31', 'exact'],
    ['Q3 2022-24', R, null, 'none', NEEDS],
  ],
  'immediately and as soon as possible': [
    ['Immediately', R, '2022-04-25', 'inferred'],
    ['with immediate effect', R, '2022-04-25', 'inferred'],
    ['forthwith', R, '2022-04-25', 'inferred'],
    ['Immediate', R, '2022-04-25', 'inferred'],
    ['Immediately', '2022-04-14', '2022-04-20', 'inferred'], // Good Friday and Easter Monday
    ['Immediately', '2022-12-22', '2022-12-28', 'inferred'], // Boxing Day and the Christmas substitute day
    ['ASAP', R, '2022-05-06', 'inferred'], // skips the Early May bank holiday
    ['As soon as possible', R, '2022-05-06', 'inferred'],
    ['as soon as practicable', R, '2022-05-06', 'inferred'],
    ['ASAP', '2022-04-14', '2022-05-03', 'inferred'], // Easter and Early May
    ['ASAP', '2022-12-22', '2023-01-10', 'inferred'], // Christmas and New Year substitute days
  ],
  'relative spans': [
    ['within two weeks', R, '2022-05-05', 'exact'],
    ['within 10 working days', R, '2022-05-06', 'exact'],
    ['within 10 business days', R, '2022-05-06', 'exact'],
    ['within one month', R, '2022-05-21', 'exact'],
    ['within 3 months', R, '2022-07-21', 'exact'],
    ["in two weeks' time", R, '2022-05-05', 'exact'],
    ['within a week', R, '2022-04-28', 'exact'],
    ['within 14 days', R, '2022-05-05', 'exact'],
    ['within a fortnight', R, '2022-05-05', 'exact'],
    ['within twenty days', R, '2022-05-11', 'exact'],
    ['within the next six weeks', R, '2022-06-02', 'exact'],
    ['within one month', '2024-01-31', '2024-02-29', 'exact'], // clamps to the leap day
  ],
  'several dates': [
    ['-16 June Quarterly Public Review meeting -21 July Disproportionality Board meeting', R, '2022-06-16', 'exact', MILESTONES, ['2022-07-21']],
    ['interim by 13 May; final by 30 June', R, '2022-05-13', 'exact', MILESTONES, ['2022-06-30']],
    ['16 June and 21 July', R, '2022-06-16', 'exact', MILESTONES, ['2022-07-21']],
    ['21 July and 16 June', R, '2022-06-16', 'exact', MILESTONES, ['2022-07-21']],
    ['interim by 13 May; progress by 30 June; final by 31 July', R, '2022-05-13', 'exact', MILESTONES, ['2022-06-30', '2022-07-31']],
    ['Immediately; report by end May', R, '2022-04-25', 'inferred', MILESTONES, ['2022-05-31']], // the weakest resolution
    ['by 13 April and by 13 May', R, '2022-04-13', 'exact', ['before-meeting', 'milestones'], ['2022-05-13']],
  ],
  'nothing usable': [
    ['For discussion at next DMPC-AC meeting', R, null, 'none', NEEDS],
    ['Ongoing', R, null, 'none', NEEDS],
    ['TBC', R, null, 'none', NEEDS],
    ['-', R, null, 'none', NEEDS],
    ['', R, null, 'none', NEEDS],
    ['N/A', R, null, 'none', NEEDS],
    ['next meeting', R, null, 'none', NEEDS],
    ['Update may follow', R, null, 'none', NEEDS], // "may" the verb is not May
  ],
  'year ends': [
    ['end of year', R, '2022-12-31', 'exact'],
    ['year end', R, '2022-12-31', 'exact'],
    ['year-end 2023', R, '2023-12-31', 'exact'],
    ['end of 2023', R, '2023-12-31', 'exact'],
    ['end of the financial year', R, '2023-03-31', 'exact'],
    ['end of the financial year', '2022-03-10', '2022-03-31', 'exact'],
    ['end of the financial year', '2022-03-31', '2022-03-31', 'exact'],
    ['financial year end', R, '2023-03-31', 'exact'],
    ['end of 2022/23', R, '2023-03-31', 'exact'],
  ],
  'odd characters and wording': [
    ['By\u00a013\u00a0May', R, '2022-05-13', 'exact'],
    ['End\u00a0April.', R, '2022-04-30', 'exact'],
    ['mid\u2013May', R, '2022-05-15', 'exact'],
    ['mid\u2014June 2023', R, '2023-06-15', 'exact'],
    ['in two weeks\u2019 time', R, '2022-05-05', 'exact'],
    ['  BY   13TH   MAY  ', R, '2022-05-13', 'exact'],
    ['no later than 13 May', R, '2022-05-13', 'exact'],
    ['not later than 13 May', R, '2022-05-13', 'exact'],
    ['before 13 May', R, '2022-05-13', 'exact'],
    ['By 1st June', R, '2022-06-01', 'exact'],
    ['2nd June', R, '2022-06-02', 'exact'],
    ['3rd June', R, '2022-06-03', 'exact'],
    ['Sep. 2022', R, '2022-09-30', 'inferred'],
    ['By 9 Jan.', R, '2023-01-09', 'exact'],
    ['\u201cASAP\u201d', R, '2022-05-06', 'inferred'],
    ['As soon as possible.', R, '2022-05-06', 'inferred'],
    ['\u2013 16 June \u2013 21 July', R, '2022-06-16', 'exact', MILESTONES, ['2022-07-21']],
  ],
};

describe('readTiming (docs/product-rules.md "Reading timings")', () => {
  describe.each(Object.entries(rules))('%s', (_rule, rows) => {
    it.each(rows.map((row) => [title(row), row] as const))('%s', (_name, row) => expectReading(row));
  });
});

/** The seed letter's register (meeting 2022-04-21), timings in order. */
const seedLetter: Row[] = [
  ['For discussion at the June DMPC-AC Met Operations meeting.', R, '2022-06-01', 'inferred'],
  ['January 2023 Oversight Board report', R, '2023-01-01', 'inferred'],
  ['For discussion at the June DMPC-AC Met Operations meeting.', R, '2022-06-01', 'inferred'],
  ['January 2023 Oversight Board report', R, '2023-01-01', 'inferred'],
  ['By 13 May', R, '2022-05-13', 'exact'],
  ['January 2023 Oversight Board report', R, '2023-01-01', 'inferred'],
  ['By 13 May', R, '2022-05-13', 'exact'],
  ['Immediately', R, '2022-04-25', 'inferred'],
  ['By mid-May', R, '2022-05-15', 'exact'],
  ['By 13 May', R, '2022-05-13', 'exact'],
  ['By 13 May', R, '2022-05-13', 'exact'],
  ['-16 June Quarterly Public Review meeting -21 July Disproportionality Board meeting', R, '2022-06-16', 'exact', MILESTONES, ['2022-07-21']],
  ['For discussion at next DMPC-Cmdr Jane Connors meeting', R, null, 'none', NEEDS],
  ['By end July', R, '2022-07-31', 'exact'],
  ['As soon as possible', R, '2022-05-06', 'inferred'],
  ['End April', R, '2022-04-30', 'exact'],
  ['By end May 2022', R, '2022-05-31', 'exact'],
  ['End April', R, '2022-04-30', 'exact'],
  ['By 13 April', R, '2022-04-13', 'exact', BEFORE],
];

describe('readTiming on the seed letter', () => {
  it.each(seedLetter.map((row, i) => [`#${i + 1} ${title(row)}`, row] as const))('%s', (_name, row) => expectReading(row));

  it('when reading the whole letter, then readTiming agrees with explainTiming', () => {
    for (const [timing] of seedLetter) expect(readTiming(timing, R, calendar)).toEqual(explainTiming(timing, R, calendar).reading);
  });
});
