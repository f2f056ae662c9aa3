import { byReference } from '../../../src/domain/reference-order';

describe('actions in the order of the board\'s references', () => {
  it.each<[string[], string[]]>([
    [['BOD 24/32', 'BOD 24/9', 'BOD 24/18(b)', 'BOD 24/18(a)'], ['BOD 24/9', 'BOD 24/18(a)', 'BOD 24/18(b)', 'BOD 24/32']],
    [['4.10', '4.2', '4.01', '10.1'], ['4.01', '4.2', '4.10', '10.1']],
    [['21 BCFU 10', '21 BCFU 8', '21 BCFU 07'], ['21 BCFU 07', '21 BCFU 8', '21 BCFU 10']],
    [['10', '9', '1'], ['1', '9', '10']],
    [['A 10', 'a 9'], ['a 9', 'A 10']],
  ])('when the references are %j, then they read %j', (written, sorted) => {
    const actions = written.map((ref, i) => ({ ref, number: i + 1 }));
    expect([...actions].sort(byReference).map((a) => a.ref)).toEqual(sorted);
  });

  it('when two actions carry the same reference, then the document\'s order settles it', () => {
    expect([{ ref: '5', number: 7 }, { ref: '5', number: 2 }].sort(byReference).map((a) => a.number)).toEqual([2, 7]);
  });
});
