import { parseReference } from '../../../src/cli/parse-reference';

describe('references typed on the command line', () => {
  it.each<[string, object | null]>([
    ['OB 21-Apr-2022 #12', { number: 12, boardCode: 'OB', meetingDate: '2022-04-21' }],
    ['ob 21-apr-2022 #12', { number: 12, boardCode: 'OB', meetingDate: '2022-04-21' }],
    ['prob 31 aug 2023 #3', { number: 3, boardCode: 'PROB', meetingDate: '2023-08-31' }],
    ['OB_2022-04-21_005', { number: 5, boardCode: 'OB', meetingDate: '2022-04-21' }],
    ['#5', { number: 5 }],
    ['action 5', { number: 5 }],
    ['the handcuffing one', null],
  ])('when %p is typed, then it names %j (as chat reads it)', (typed, expected) => {
    expect(parseReference(typed)).toEqual(expected);
  });
});
