import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { explainRevisedTiming } from '../../../src/domain/timing';

const calendar = englandAndWalesCalendar();
/** A trust board whose tracker has TARGET DATE and NEW DATE columns. */
const R = '2012-05-16';

describe('explainRevisedTiming (a timing with a revised or new date beside it)', () => {
  it.each([
    ['June', '14 Aug', '2012-08-14', 'exact', ['2012-06-30']],
    ['17 July', '11 Sep', '2012-09-11', 'exact', ['2012-07-17']],
    ['30/11/12', 'end January 2013', '2013-01-31', 'exact', ['2012-11-30']],
    ['31 October', 'Q4 2012/13', '2013-03-31', 'exact', ['2012-10-31']],
    ['13 May 2024', 'Feb 2024', '2024-02-29', 'inferred', ['2024-05-13']], // brought forward, to a leap day
    ['interim 30 June; final 31 July', '31 August', '2012-08-31', 'exact', ['2012-06-30', '2012-07-31']],
    ['TBC', '30 Sept', '2012-09-30', 'exact', []],
  ])('when %j is revised to %j, then %s %s is due and %j superseded', (original, revised, due, resolution, superseded) => {
    expect(explainRevisedTiming(original, revised, R, calendar)).toEqual({
      reading: { due, resolution, flags: ['revised'], milestones: [], superseded }, problem: null, invalidDate: false,
    });
  });

  it('when the revised date is the original copied across, then it is no revision', () => {
    expect(explainRevisedTiming('14 Aug', '14/08/2012', R, calendar).reading).toEqual({
      due: '2012-08-14', resolution: 'exact', flags: [], milestones: [], superseded: [],
    });
  });

  it.each([[''], ['  '], ['TBC'], ['-']])('when the revised date is %j, then the original reading stands', (revised) => {
    expect(explainRevisedTiming('17 July', revised, R, calendar).reading).toEqual({
      due: '2012-07-17', resolution: 'exact', flags: [], milestones: [], superseded: [],
    });
  });

  it('when the revised date does not exist, then it is reported and the original is not used in its place', () => {
    expect(explainRevisedTiming('17 July', '31 Sept', R, calendar)).toEqual({
      reading: { due: null, resolution: 'none', flags: ['needs-date'], milestones: [], superseded: [] },
      problem: '"31 Sept" is not a date (September has 30 days)',
      invalidDate: true,
    });
  });
});
