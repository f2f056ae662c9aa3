import { TimingFlag, TimingReading } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { readTiming } from '../../../src/domain/timing';

const calendar = englandAndWalesCalendar();

type Row = [timing: string, meeting: string, due: string | null, resolution: TimingReading['resolution'], flags: TimingFlag[]];

/** Timings a board writes without a year or a date: a bare quarter, a holiday, a recess. Never an unflagged guess. */
describe('quarters with no year', () => {
  it.each<Row>([
    ['End of Q3', '2025-06-20', '2025-12-31', 'inferred', ['ambiguous']],
    ['Q3', '2025-10-02', '2025-12-31', 'inferred', ['ambiguous']],
    ['by Q4', '2025-06-20', '2026-03-31', 'inferred', ['ambiguous']],
    ['Quarter 1', '2025-06-20', '2025-06-30', 'inferred', ['ambiguous']],
    ['Q1', '2025-07-01', '2026-06-30', 'inferred', ['ambiguous']],
    ['end of Q2', '2026-02-10', '2026-09-30', 'inferred', ['ambiguous']],
    ['Q3 2025', '2025-06-20', '2025-09-30', 'exact', []],
    ['Q3 2025/26', '2025-06-20', '2025-12-31', 'exact', []],
  ])('when %p at a meeting on %s, then %s %s, flagged %p', (timing, meeting, due, resolution, flags) => {
    expect(readTiming(timing, meeting, calendar)).toEqual({ due, resolution, flags, milestones: [], superseded: [] });
  });
});

describe('holidays and recesses', () => {
  it.each<Row>([
    ['By Christmas', '2025-06-20', '2025-12-24', 'inferred', ['ambiguous']],
    ['before Xmas', '2025-12-29', '2026-12-24', 'inferred', ['ambiguous']],
    ['Christmas 2026', '2025-06-20', '2026-12-24', 'inferred', ['ambiguous']],
    ['Christmas 2024', '2025-01-08', '2024-12-24', 'inferred', ['before-meeting', 'ambiguous']],
    ['before the Christmas break', '2025-09-15', '2025-12-24', 'inferred', ['ambiguous']],
    ['by Easter', '2025-06-20', '2026-04-02', 'inferred', ['ambiguous']],
    ['Easter 2025', '2025-01-14', '2025-04-17', 'inferred', ['ambiguous']],
    ['by the summer recess', '2025-03-05', '2025-07-31', 'inferred', ['ambiguous']],
    ['before the summer holidays', '2025-09-10', '2026-07-31', 'inferred', ['ambiguous']],
    ['Summer 2025', '2025-03-05', '2025-08-31', 'inferred', []],
    ['end of term', '2025-03-05', null, 'none', ['needs-date']],
  ])('when %p at a meeting on %s, then %s %s, flagged %p', (timing, meeting, due, resolution, flags) => {
    expect(readTiming(timing, meeting, calendar)).toEqual({ due, resolution, flags, milestones: [], superseded: [] });
  });

  it('when an action says "by Christmas" in its prose, then the holiday is found as its deadline', () => {
    expect(readTiming('Publish the carers strategy by Christmas', '2025-06-20', calendar).due).toBe('2025-12-24');
  });
});
