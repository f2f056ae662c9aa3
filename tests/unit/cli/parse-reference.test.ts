import { parseReference } from '../../../src/cli/parse-reference';

describe('references typed on the command line', () => {
  it.each<[string, object | null]>([
    ['OB 21-Apr-2022 #12', { number: 12, boardCode: 'OB', meetingDate: '2022-04-21' }],
    ['ob 21-apr-2022 #12', { number: 12, boardCode: 'OB', meetingDate: '2022-04-21' }],
    ['prob 31 aug 2023 #3', { number: 3, boardCode: 'PROB', meetingDate: '2023-08-31' }],
    ['OB_2022-04-21_005', { number: 5, boardCode: 'OB', meetingDate: '2022-04-21' }],
    ['#5', { number: 5 }],
    ['action 5', { number: 5 }],
    ['NTB 07-Mar-2024 #BOD 24/18(b)', { number: 0, ref: 'BOD 24/18(b)', boardCode: 'NTB', meetingDate: '2024-03-07' }],
    ['TB 28-Feb-2018 #4.01', { number: 0, ref: '4.01', boardCode: 'TB', meetingDate: '2018-02-28' }],
    ['BOD 24/18(b)', { number: 0, ref: 'BOD 24/18(b)' }],
    ['45.16', { number: 0, ref: '45.16' }],
    ['42/20', { number: 0, ref: '42/20' }],
    ['the handcuffing one', null],
  ])('when %p is typed, then it names %j (as chat reads it)', (typed, expected) => {
    expect(parseReference(typed)).toEqual(expected);
  });
});
