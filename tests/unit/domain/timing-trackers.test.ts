import { TimingFlag, TimingReading } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { readTiming } from '../../../src/domain/timing';

/**
 * Timing kinds real trackers write (NHS trusts, councils, panels), beyond the first table of readings.
 * Each kind holds the rows the import cases gave and rows of our own (other months, years, meetings).
 */
const calendar = englandAndWalesCalendar();
/** A Thursday meeting, as in most of the tracker cases. */
const R = '2023-10-12';
/** A committee meeting in May 2023 (the revised-date cases). */
const MAY = '2023-05-10';
/** An overview and scrutiny committee in January 2013. */
const JAN13 = '2013-01-22';

type Row = [
  timing: string, meeting: string, due: string | null, resolution: TimingReading['resolution'],
  flags?: TimingFlag[], superseded?: string[], milestones?: string[],
];

function title([timing, meeting, due, resolution, flags = [], superseded = [], milestones = []]: Row): string {
  const then = due === null ? 'no date' : `${due} ${resolution}`;
  const extra = [
    flags.length ? `flagged ${flags.join(', ')}` : '',
    superseded.length ? `superseding ${superseded.join(', ')}` : '',
    milestones.length ? `milestones ${milestones.join(', ')}` : '',
  ];
  return [`when ${JSON.stringify(timing)} at a meeting on ${meeting}, then ${then}`, ...extra.filter(Boolean)].join(', ');
}

const NEEDS: TimingFlag[] = ['needs-date'];
const BEFORE: TimingFlag[] = ['before-meeting'];
const AMBIGUOUS: TimingFlag[] = ['ambiguous'];
const REVISED: TimingFlag[] = ['revised'];

const kinds: Record<string, Row[]> = {
  'day, month name and year joined by hyphens (d-MMM-yy, dd-MMM-yyyy)': [
    ['13-Nov-23', R, '2023-11-13', 'exact'],
    ['09-JAN-2024', R, '2024-01-09', 'exact'],
    ['31-Mar-2024', R, '2024-03-31', 'exact'],
    ['31-AUG-23', R, '2023-08-31', 'exact', BEFORE], // a two-digit year before the meeting is shown
    ['29-Feb-24', R, '2024-02-29', 'exact'],
    ['29-Feb-23', R, null, 'none', NEEDS],
    ['5-Sept-2025', R, '2025-09-05', 'exact'],
    ['1-Apr-22', '2022-04-21', '2022-04-01', 'exact', BEFORE],
    ['1-Apr-2022', '2022-04-21', '2022-04-01', 'exact'], // a four-digit year is taken as meant
    ['13-Nov', R, '2023-11-13', 'exact'],
    ['13 Nov 23', R, '2023-11-13', 'exact'],
    ["13th Nov '23", R, '2023-11-13', 'exact'],
    ['31/08/23', R, '2023-08-31', 'exact', BEFORE],
    ['Jan-2024', R, '2024-01-31', 'inferred'],
    ['13 Nov 10 am', R, '2023-11-13', 'exact'], // a time, not the year 2010
  ],
  'a month then a two-digit number (day or year)': [
    ['Jan-24', R, '2024-01-31', 'inferred', AMBIGUOUS], // could be 24 January
    ['Jun 25', R, '2025-06-30', 'inferred', AMBIGUOUS], // could be 25 June 2024
    ['Dec 22', R, '2023-12-22', 'exact', AMBIGUOUS], // December 2022 is before the meeting
    ['Nov-23', R, '2023-11-30', 'inferred', AMBIGUOUS],
    ['Feb 24', R, '2024-02-29', 'inferred', AMBIGUOUS],
    ['Oct 23', R, '2023-10-31', 'inferred', AMBIGUOUS], // the month of the meeting counts
    ['Jan 24', '2024-01-10', '2024-01-31', 'inferred', AMBIGUOUS],
    ['Sept 21', R, '2023-09-21', 'exact', [...BEFORE, ...AMBIGUOUS]], // 21 September, just past; or September 2021, an old action of a cumulative tracker
    ['Dec 22', '2025-10-02', '2025-12-22', 'exact', AMBIGUOUS], // or December 2022, three years before: still flagged
    ['Mar 19', '2025-10-02', '2026-03-19', 'exact'], // 2019 is too far back to be meant
    ['Aug 28', R, '2024-08-28', 'exact'], // 2028 is too far ahead to be meant
    ['Dec 22', '2024-01-10', '2023-12-22', 'exact', [...BEFORE, ...AMBIGUOUS]],
    ['May 13', '2022-04-21', '2022-05-13', 'exact'],
    ['Feb 30', R, null, 'none', NEEDS],
    ['Nov 24 pm', R, '2023-11-24', 'exact'], // a time follows: a day
  ],
  'apostrophe years': [
    ["March '25", R, '2025-03-31', 'inferred'],
    ["Feb '24", R, '2024-02-29', 'inferred'],
    ["Feb '25", R, '2025-02-28', 'inferred'],
    ["Dec '22", R, '2022-12-31', 'inferred', BEFORE], // a written year is kept even when past, and flagged
    ['Sept \u201924', R, '2024-09-30', 'inferred'],
    ["end March '24", R, '2024-03-31', 'exact'],
    ["mid-May '24", R, '2024-05-15', 'exact'],
    ["Feb '28", '2027-06-01', '2028-02-29', 'inferred'],
    ["March '25", '2025-04-10', '2025-03-31', 'inferred', BEFORE], // just past, kept as written and flagged
  ],
  'short financial years': [
    ['Q3 23/24', R, '2023-12-31', 'exact'],
    ['Q4 FY 2023/24', R, '2024-03-31', 'exact'],
    ['FY 2023/24 Q4', R, '2024-03-31', 'exact'],
    ['FY23/24', R, '2024-03-31', 'exact'],
    ['Q1 24/25', R, '2024-06-30', 'exact'],
    ['Q2 FY24/25', R, '2024-09-30', 'exact'],
    ['FY 2024-25 Q3', R, '2024-12-31', 'exact'],
    ['2024/25 Q1', R, '2024-06-30', 'exact'],
    ['FY 23-24', R, '2024-03-31', 'exact'],
    ['financial year 2024/25', R, '2025-03-31', 'exact'],
    ['end of FY23/24', R, '2024-03-31', 'exact'],
    ['Q3 23/25', R, null, 'none', NEEDS],
    ['FY23/25', R, null, 'none', NEEDS],
    ['Q4 23/24', '2024-02-01', '2024-03-31', 'exact'],
    ['FY27/28', '2027-05-01', '2028-03-31', 'exact'],
    ['Q3 FY 2027/28', '2027-05-01', '2027-12-31', 'exact'],
  ],
  'before a month': [
    ['before April', JAN13, '2013-03-31', 'exact'],
    ['prior to April', JAN13, '2013-03-31', 'exact'],
    ['before March', '2024-01-10', '2024-02-29', 'exact'],
    ['before March', '2023-01-10', '2023-02-28', 'exact'],
    ['prior to January', R, '2023-12-31', 'exact'],
    ['before the start of June 2025', R, '2025-05-31', 'exact'],
    ['before October', R, '2023-09-30', 'exact', BEFORE],
    ['before April 28', JAN13, '2013-04-28', 'exact'], // a day after the month is a date
    ['before the April Board', JAN13, '2013-04-01', 'inferred'],
  ],
  'an abbreviated month tied to a meeting': [
    ['Jan Board', R, '2024-01-01', 'inferred'],
    ['Sept meeting', R, '2024-09-01', 'inferred'],
    ['Dec-23 Board', R, '2023-12-01', 'inferred'], // the 1st is before 23 December either way
    ['March Board', R, '2024-03-01', 'inferred'],
    ['Feb Committee', R, '2024-02-01', 'inferred'],
    ['Nov panel', R, '2023-11-01', 'inferred'],
    ['May Board', R, '2024-05-01', 'inferred'],
    ['Oct Board', R, '2023-10-01', 'inferred', BEFORE],
    ['Jan Board', '2024-01-10', '2024-01-01', 'inferred', BEFORE],
    ['Jun-24 Committee', R, '2024-06-01', 'inferred'],
    ['Oct-23 Board', R, '2023-10-01', 'inferred', BEFORE],
    ['Jun 25 Board', R, '2025-06-01', 'inferred', AMBIGUOUS], // 25 June 2024 would come first
    ['Dec-23 Board', '2024-01-09', '2023-12-01', 'inferred', BEFORE], // held over from December's Board, not 23 December
  ],
  'bare and "next" spans': [
    ['3 months', R, '2024-01-12', 'exact'],
    ['2 weeks', R, '2023-10-26', 'exact'],
    ['within the next month', R, '2023-11-12', 'exact'],
    ['within the next fortnight', R, '2023-10-26', 'exact'],
    ['28 days', R, '2023-11-09', 'exact'],
    ['six weeks', R, '2023-11-23', 'exact'],
    ['10 working days', R, '2023-10-26', 'exact'],
    ["2 weeks' time", R, '2023-10-26', 'exact'],
    ['1 month', '2024-01-31', '2024-02-29', 'exact'],
    ['3 months', '2023-11-30', '2024-02-29', 'exact'],
    ['within the next week', R, '2023-10-19', 'exact'],
    ['within the next 3 months', R, '2024-01-12', 'exact'],
    ['10 working days', '2023-12-20', '2024-01-08', 'exact'], // Christmas, Boxing Day and New Year's Day
    ['3 months of data', R, null, 'none', NEEDS], // a length, not a deadline
    ['within weeks', R, null, 'none', NEEDS],
  ],
  'phrases relative to the meeting': [
    ['end of the month', R, '2023-10-31', 'exact'],
    ['by the end of this month', R, '2023-10-31', 'exact'],
    ['by the end of next month', R, '2023-11-30', 'exact'],
    ['end of the following month', '2024-01-15', '2024-02-29', 'exact'],
    ['end of the month', '2023-12-05', '2023-12-31', 'exact'],
    ['end of next month', '2023-12-05', '2024-01-31', 'exact'],
    ['end of month', R, '2023-10-31', 'exact'], // without "the", as list items and tables write it
    ['by month end', R, '2023-10-31', 'exact'],
    ['Month-end', '2024-02-08', '2024-02-29', 'exact'],
    ['next month end', R, '2023-11-30', 'exact'],
    ['end of month 3', R, null, 'none', NEEDS], // a project's third month, not a date
    ['next week', R, '2023-10-20', 'inferred'], // Friday of the week after the meeting
    ['next week', '2023-10-09', '2023-10-20', 'inferred'], // from a Monday
    ['next week', '2023-10-15', '2023-10-20', 'inferred'], // from a Sunday: its week ran Monday 9 to Sunday 15
    ['by next week', '2023-12-29', '2024-01-05', 'inferred'],
    ['by Friday', R, '2023-10-13', 'inferred'], // the first Friday after the meeting
    ['by Friday', '2023-10-13', '2023-10-20', 'inferred'], // a Friday meeting: the next one
    ['by Monday', R, '2023-10-16', 'inferred'],
    ['Wednesday', R, '2023-10-18', 'inferred'],
    ['by Friday 13 October 2023', R, '2023-10-13', 'exact'], // the date, not the weekday
    ['next Friday', R, null, 'none', NEEDS], // read both ways in speech: left to the secretariat
    ['1st week of November', R, '2023-11-03', 'inferred'],
    ['first week of December', R, '2023-12-01', 'inferred'], // 1 December 2023 is a Friday
    ['2nd week of January', R, '2024-01-12', 'inferred'],
    ['1st week of November 2025', R, '2025-11-07', 'inferred'], // 1 November 2025 is a Saturday: the first week is 3–7 November
    ['2nd week of November 2025', R, '2025-11-14', 'inferred'],
    ['first week of June 2025', R, '2025-06-06', 'inferred'], // 1 June 2025 is a Sunday
    ['1st week of October', R, '2023-10-06', 'inferred', BEFORE], // 1 October 2023 is a Sunday
    ['early 2024', R, '2024-03-31', 'inferred'],
    ['mid-2024', R, '2024-06-30', 'inferred'],
    ['late 2024', R, '2024-12-31', 'inferred'],
    ['early in 2025', R, '2025-03-31', 'inferred'],
    ['late 2025', '2025-11-01', '2025-12-31', 'inferred'],
    ['early 2024', '2024-02-01', '2024-03-31', 'inferred'],
  ],
  'a two-digit year after part of a month or a season (never a day there)': [
    ['end Jun 25', R, '2025-06-30', 'exact'],
    ['mid-Jan 24', R, '2024-01-15', 'exact'],
    ['end of Feb 24', R, '2024-02-29', 'exact'],
    ['early Mar-25', R, '2025-03-07', 'inferred'],
    ['1st week of Nov 23', R, '2023-11-03', 'inferred'],
    ["Summer '24", R, '2024-08-31', 'inferred'],
    ['Winter 24', R, '2025-02-28', 'inferred'], // winter 2024 starts in December 2024
  ],
  'a month and year in numbers': [
    ['11/2023', R, '2023-11-30', 'inferred'],
    ['11/23', R, '2023-11-30', 'inferred'], // there is no month 23
    ['06/24', R, '2024-06-30', 'inferred'],
    ['02/24', '2023-03-01', '2024-02-29', 'inferred'],
    ['3/2024', R, '2024-03-31', 'inferred'],
    ['11/12', R, '2023-12-11', 'exact'], // could be a day: 11 December, as always
    ['01/31', R, null, 'none', NEEDS], // 2031 is too far ahead, and there is no month 31
  ],
  'this and next month or week': [
    ['this month', R, '2023-10-31', 'inferred'],
    ['next month', R, '2023-11-30', 'inferred'],
    ['next month', '2024-01-31', '2024-02-29', 'inferred'],
    ['the following month', '2023-12-12', '2024-01-31', 'inferred'],
    ['this week', R, '2023-10-13', 'inferred'],
    ['by the end of the week', '2023-10-13', '2023-10-13', 'inferred'], // a Friday meeting: that day
    ['end of this week', '2023-10-09', '2023-10-13', 'inferred'],
  ],
  'week commencing': [
    ['w/c 13 November', R, '2023-11-17', 'inferred'],
    ['week commencing 13/11/2023', R, '2023-11-17', 'inferred'],
    ['w/c 4th March 2024', R, '2024-03-08', 'inferred'],
    ['w/b 26 February', '2024-01-10', '2024-03-01', 'inferred'],
    ['week beginning 2 October', R, '2023-10-06', 'inferred', BEFORE],
    ['w/c 31 June', R, null, 'none', NEEDS],
  ],
  'halves of a year': [
    ['H1 2024', R, '2024-06-30', 'exact'],
    ['H2 2024', R, '2024-12-31', 'exact'],
    ['H1 2024/25', R, '2024-09-30', 'exact'], // UK financial year: April to September
    ['H2 23/24', R, '2024-03-31', 'exact'],
    ['second half of 2024-25', R, '2025-03-31', 'exact'],
    ['first half of 2024', R, '2024-06-30', 'exact'],
    ['H2 2023/25', R, null, 'none', NEEDS],
  ],
  'revisions inside a timing': [
    ['13.09.2023 08.11.2023', MAY, '2023-11-08', 'exact', AMBIGUOUS, ['2023-09-13']],
    ['31 December 2023 (revised from 30 Nov)', MAY, '2023-12-31', 'exact', REVISED, ['2023-11-30']],
    ['Original: 30/11/23 Revised: 31/01/24', MAY, '2024-01-31', 'exact', REVISED, ['2023-11-30']],
    ['30/06/2023 30/09/2023 31/12/2023', MAY, '2023-12-31', 'exact', AMBIGUOUS, ['2023-06-30', '2023-09-30']],
    ['16 June 21 July', '2022-04-21', '2022-07-21', 'exact', AMBIGUOUS, ['2022-06-16']],
    ['28/02/2024 29/02/2024', '2023-12-07', '2024-02-29', 'exact', AMBIGUOUS, ['2024-02-28']],
    ['30/06/2023 then 30/09/2023', MAY, '2023-09-30', 'exact', REVISED, ['2023-06-30']], // a date then its replacement
    ['31/05/2023 → 30/09/2023', MAY, '2023-09-30', 'exact', REVISED, ['2023-05-31']],
    ['30 June -> 31 Aug -> 30 Nov', MAY, '2023-11-30', 'exact', REVISED, ['2023-06-30', '2023-08-31']],
    ['30/06/2023; 31/10/2023', MAY, '2023-10-31', 'exact', AMBIGUOUS, ['2023-06-30']], // appended with a semicolon
    ['30/06/2023, 31/10/2023', MAY, '2023-10-31', 'exact', AMBIGUOUS, ['2023-06-30']],
    ['30 June extended to 31 July', MAY, '2023-07-31', 'exact', REVISED, ['2023-06-30']],
    ['30 Sept deferred to end of October', MAY, '2023-10-31', 'exact', REVISED, ['2023-09-30']],
    ['31 July deferred to the September meeting', MAY, '2023-09-01', 'inferred', REVISED, ['2023-07-31']],
    ['June new date 14 Aug', MAY, '2023-08-14', 'exact', REVISED, ['2023-06-30']],
    ['30 Nov extended to 31 Dec, deferred to 31 Jan', MAY, '2024-01-31', 'exact', REVISED, ['2023-11-30', '2023-12-31']],
    ['Revised: 31/01/24 Original: 30/11/23', MAY, '2024-01-31', 'exact', REVISED, ['2023-11-30']],
    ['31 Dec (was 30 Nov)', MAY, '2023-12-31', 'exact', REVISED, ['2023-11-30']],
    ['31 Dec brought forward to 30 Nov', MAY, '2023-11-30', 'exact', REVISED, ['2023-12-31']],
    ['New date: 14 August', MAY, '2023-08-14', 'exact', REVISED],
    ['Original target: 30 June; revised target: 31 August', MAY, '2023-08-31', 'exact', REVISED, ['2023-06-30']],
    ['30 June. New deadline 31 Aug', MAY, '2023-08-31', 'exact', REVISED, ['2023-06-30']],
    ['Originally due 30 Sept, now 31 Oct', MAY, '2023-10-31', 'exact', REVISED, ['2023-09-30']],
    ['Report the original figures by 30 June', MAY, '2023-06-30', 'exact'], // revision words must lead to their date
    ['Original: 31/05/23 Revised: 31/06/23', MAY, null, 'none', NEEDS],
    ['interim by 13 June; final by 30 September', MAY, '2023-06-13', 'exact', ['milestones'], [], ['2023-09-30']],
    ['16 June and 21 July', '2022-04-21', '2022-06-16', 'exact', ['milestones'], [], ['2022-07-21']],
  ],
};

describe('readTiming on the kinds trackers write', () => {
  describe.each(Object.entries(kinds))('%s', (_kind, rows) => {
    it.each(rows.map((row) => [title(row), row] as const))('%s', (_name, [timing, meeting, due, resolution, flags = [], superseded = [], milestones = []]) => {
      expect(readTiming(timing, meeting, calendar)).toEqual({ due, resolution, flags, milestones, superseded });
    });
  });
});
