import { TimingFlag } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { findTimingInText, readTiming } from '../../../src/domain/timing';
import { easterSunday } from '../../../src/domain/timing/school-term-ends';

const calendar = englandAndWalesCalendar();
/** A spring meeting of a school's governing board. */
const R = '2025-03-05';

type Row = [timing: string, meeting: string, due: string, flags?: TimingFlag[]];

/** English school terms end on a Friday: the rule is in school-term-ends.ts and docs/product-rules.md. */
const rows: Row[] = [
  ['Spring term 2025', R, '2025-04-11'], // Easter 20 April: the Friday before Good Friday
  ['Spring term 2026', R, '2026-03-27'], // Easter 5 April
  ['by the end of the autumn term', R, '2025-12-19'],
  ['Autumn term 2024', '2024-09-10', '2024-12-20'],
  ['Autumn term 2021', '2021-09-10', '2021-12-17'], // Friday 24 December is Christmas Eve: the week before
  ['Summer term', R, '2025-07-18'],
  ['end of summer term 2024', '2024-05-01', '2024-07-19'],
  ['Summer Term 2', R, '2025-07-18'],
  ['Summer 1 2025', R, '2025-05-23'], // the Friday before the late May bank holiday week
  ['Autumn 1', R, '2025-10-24'], // the Friday before the week of the last Monday in October
  ['Autumn 2', R, '2025-12-19'],
  ['Spring 1', '2025-01-08', '2025-02-14'], // the Friday before the third Monday of February
  ['spring half term', R, '2026-02-13'], // this year's is past: next year's
  ['Autumn term 2025/26', R, '2025-12-19'], // an academic year: autumn in its first year
  ['Spring term 2025-26', R, '2026-03-27'], // spring and summer in its second
  ['Summer term 2024', R, '2024-07-19', ['before-meeting']],
  ['Half term', '2024-10-10', '2024-10-25'], // the next half term: October's
  ['before half term', R, '2025-05-23'], // February's is past: May's
  ['by October half-term', R, '2025-10-24'],
  ['Feb half term', '2024-10-10', '2025-02-14'],
];

describe('English school terms', () => {
  it.each(rows)('when %j at a meeting on %s, then %s inferred', (timing, meeting, due, flags = []) => {
    expect(readTiming(timing, meeting, calendar)).toEqual({ due, resolution: 'inferred', flags, milestones: [], superseded: [] });
  });

  it('when the end of a term is found in the action text, then it is a deadline', () => {
    expect(findTimingInText('Review the behaviour policy by the end of the autumn term', R, calendar)?.reading.due).toBe('2025-12-19');
  });

  it('when a season has no "term" nor a half, then it is still the season, and the term is the term', () => {
    expect(['Summer 2025', 'Summer term 2025'].map((t) => readTiming(t, R, calendar).due)).toEqual(['2025-08-31', '2025-07-18']);
  });

  it.each([[2019, '2019-04-21'], [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2038, '2038-04-25']])('when the year is %i, then Easter Sunday is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});
