import { TimingFlag, TimingReading } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { findTimingInText, readTiming } from '../../../src/domain/timing';

const calendar = englandAndWalesCalendar();
const BEFORE: TimingFlag[] = ['before-meeting'];

type Row = [timing: string, meeting: string, due: string, resolution: TimingReading['resolution'], flags: TimingFlag[]];

/** A period or month that ended before the meeting is flagged like a date already past (docs/product-rules.md). */
const rows: Row[] = [
  ['Mid 2025', '2025-07-17', '2025-06-30', 'inferred', BEFORE],
  ['Q3 23/24', '2024-12-12', '2023-12-31', 'exact', BEFORE],
  ['Q4 2023-24', '2024-12-12', '2024-03-31', 'exact', BEFORE],
  ['H1 2024', '2024-12-12', '2024-06-30', 'exact', BEFORE],
  ['end of 2023', '2024-12-12', '2023-12-31', 'exact', BEFORE],
  ['early 2024', '2024-12-12', '2024-03-31', 'inferred', BEFORE],
  ['Spring 2024', '2024-12-12', '2024-05-31', 'inferred', BEFORE],
  ['November 2024', '2024-12-12', '2024-11-30', 'inferred', BEFORE],
  ['FY23/24', '2024-12-12', '2024-03-31', 'exact', BEFORE],
  // Not flagged: the period ends on or after the meeting, or a four-digit-year date is kept as written.
  ['Mid 2025', '2025-06-30', '2025-06-30', 'inferred', []],
  ['late 2025', '2025-07-17', '2025-12-31', 'inferred', []],
  ['By 13 May 2021', '2022-04-21', '2021-05-13', 'exact', []],
];

describe('a period that ended before the meeting', () => {
  it.each(rows)('when %j at a meeting on %s, then %s %s flagged %j', (timing, meeting, due, resolution, flags) => {
    const reading = readTiming(timing, meeting, calendar);
    expect({ due: reading.due, resolution: reading.resolution, flags: reading.flags }).toEqual({ due, resolution, flags });
  });

  it('when a period already over is found inside the action text, then it is flagged too', () => {
    expect(findTimingInText('Refresh the estates strategy by mid 2025', '2025-07-17', calendar)?.reading.flags).toEqual(['before-meeting', 'from-text']);
  });

  it('when the earliest of several periods is over, then the reading is flagged', () => {
    expect(readTiming('Q1 2025-26; Q3 2025-26', '2025-07-17', calendar).flags).toEqual(['before-meeting', 'milestones']);
  });
});

describe('a timestamp pasted from an export into a timing', () => {
  it.each<[string, string]>([
    ['2025-06-30T23:00:00Z', '2025-07-01'],
    ['Due 2025-06-30T23:00:00.000Z', '2025-07-01'],
    ['by 2025-07-01T00:00:00+05:00', '2025-06-30'], // 19:00 on 30 June in London
    ['2025-03-30T23:30:00Z', '2025-03-31'], // British Summer Time began that morning
  ])('when the timing is %j, then the due date is the London day %s, exact', (timing, due) => {
    expect(readTiming(timing, '2025-01-14', calendar)).toEqual({ due, resolution: 'exact', flags: [], milestones: [], superseded: [] });
  });
});
