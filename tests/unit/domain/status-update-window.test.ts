import { DEFAULT_DUE_HORIZON_YEARS, latestPlausibleDue, reportProblem } from '../../../src/domain/status-update';

/** Monday 9 May 2022, 09:30 London. */
const NOW = new Date('2022-05-09T08:30:00Z');
const WINDOW = { meetingDate: '2022-04-21', now: NOW };
const report = (revisedDue: unknown) => ({ status: 'amber', text: 'delayed', revisedDue });

describe('a revised due date a person types must be plausible', () => {
  it('when no horizon is set, then the window ends ten years after today in London', () => {
    expect(DEFAULT_DUE_HORIZON_YEARS).toBe(10);
    expect(latestPlausibleDue(WINDOW)).toBe('2032-05-09');
  });

  it.each(['2022-04-21', '2022-05-09', '2022-06-30', '2031-12-31', '2032-05-09'])('when the date is %s (inside the window), then it is accepted', (due) => {
    expect(reportProblem(report(due), WINDOW)).toBeNull();
  });

  it.each([
    ['0000-01-01', /1 January 0 is before the meeting of 21 April 2022 that agreed the action/],
    ['1900-01-01', /1 January 1900 is before the meeting of 21 April 2022/],
    ['2022-04-20', /20 April 2022 is before the meeting/],
    ['2032-05-10', /10 May 2032 is more than 10 years ahead/],
    ['9999-12-31', /31 December 9999 is more than 10 years ahead/],
  ])('when the date is %s, then it is refused with a sentence naming the field and the window', (due, message) => {
    const problem = reportProblem(report(due), WINDOW);
    expect(problem).toMatch(/^The revised due date /);
    expect(problem).toMatch(message);
    expect(problem).toMatch(/give a date from 21 April 2022 to 9 May 2032\. Nothing was changed\.$/);
  });

  it.each(['99999-01-01', '1-1-99999', '2022-02-30', '9', 'tomorrow'])('when the date %s is not a date at all, then it is refused as not a date', (due) => {
    expect(reportProblem(report(due), WINDOW)).toMatch(/is not a date \(expected a date such as 2022-06-30\)/);
  });

  it('when the horizon is a setting of 2 years, then a date three years ahead is refused and the sentence says 2 years', () => {
    expect(reportProblem(report('2025-05-09'), { ...WINDOW, horizonYears: 2 })).toMatch(/is more than 2 years ahead; give a date from 21 April 2022 to 9 May 2024/);
    expect(reportProblem(report('2024-05-09'), { ...WINDOW, horizonYears: 2 })).toBeNull();
  });

  it('when the action is not known yet (no window), then only the shape is checked, as before', () => {
    expect(reportProblem(report('1900-01-01'))).toBeNull();
  });

  it('when the date is late at night in London on the last day, then London\'s date counts, not UTC\'s', () => {
    // 23:30 London on 9 May 2022 is 22:30 UTC: still 9 May.
    expect(latestPlausibleDue({ ...WINDOW, now: new Date('2022-05-09T22:30:00Z') })).toBe('2032-05-09');
    // 00:30 London on 10 May 2022 is 23:30 UTC on 9 May.
    expect(latestPlausibleDue({ ...WINDOW, now: new Date('2022-05-09T23:30:00Z') })).toBe('2032-05-10');
  });
});
