import { matchRegister } from '../../../src/app/imports/match-register';
import { sameBoard } from '../../../src/app/imports/other-board';
import { anAction } from '../../support/builders';

const M = 'OB_2022-04-21';
const held = (number: number, ref: string) => anAction({ number, ref });

describe('which action of the register a re-imported row is', () => {
  it('when rows come back in another order, then each takes the number of the action with its reference', () => {
    const existing = [held(1, '4.01'), held(2, '4.02'), held(3, '4.03')];
    const matches = matchRegister([{ meeting: M, ref: '4.03', number: 1 }, { meeting: M, ref: '4.01', number: 2 }, { meeting: M, ref: '4.02', number: 3 }], existing);
    expect(matches.map((m) => [m?.number, m?.before?.ref])).toEqual([[3, '4.03'], [1, '4.01'], [2, '4.02']]);
  });

  it('when a new reference comes at a position an action already holds, then it takes the meeting\'s next free number and no action is corrected', () => {
    const existing = [held(1, '4.01'), held(2, '4.02')];
    const matches = matchRegister([{ meeting: M, ref: '4.09', number: 1 }, { meeting: M, ref: '4.02', number: 2 }, { meeting: M, ref: '4.10', number: 3 }], existing);
    expect(matches.map((m) => [m?.number, m?.before?.ref ?? null])).toEqual([[3, null], [2, '4.02'], [4, null]]);
  });

  it('when the reference is spaced or cased otherwise, then it is the same action', () => {
    const [match] = matchRegister([{ meeting: M, ref: 'bod / 24/062', number: 7 }], [held(2, 'BoD/24/062')]);
    expect(match).toMatchObject({ number: 2, before: { ref: 'BoD/24/062' } });
  });

  it('when minutes with no references are imported again, then the action at each position is the same action, as before', () => {
    const matches = matchRegister([{ meeting: M, ref: '1', number: 1 }, { meeting: M, ref: '2', number: 2 }], [held(1, '1'), held(2, '2')]);
    expect(matches.map((m) => m?.before?.number)).toEqual([1, 2]);
  });

  it('when the same reference is in another meeting, then it is a new action of this one', () => {
    const [match] = matchRegister([{ meeting: 'OB_2022-06-09', ref: '4.01', number: 1 }], [held(1, '4.01')]);
    expect(match).toEqual({ number: 1 });
  });

  it('when a row is not filed under any meeting, then it has no match', () => {
    expect(matchRegister([null], [held(1, '1')])).toEqual([null]);
  });
});

describe('two names of one board', () => {
  it.each<[string, string, boolean]>([
    ['MOPAC MPS Oversight Board', 'MOPAC–MPS Oversight Board', true],
    ['Oversight Board', 'MOPAC MPS Oversight Board', true],
    ['The Board of Trustees', 'board of trustees', true],
    ['Kestrel Valley NHS Trust Board', 'Kingsway Vale NHS Trust Board', false],
    ['Audit Committee', 'Audit and Risk Committee', false],
  ])('%p and %p are one board: %p', (a, b, same) => {
    expect(sameBoard(a, b)).toBe(same);
  });
});
