import { understand } from '../../../../src/domain/language';
import { toInterpretation } from '../../../../src/domain/language/to-interpretation';
import { boardContext } from '../../../support/language/contexts';

const c = boardContext();
const asQuery = (text: string) => toInterpretation(understand(text, c), text);

describe('questions as the existing chat queries', () => {
  it.each([
    ['whats overdu for the Met', { intent: 'overdue', filters: { overdue: true, lead: 'MPS' }, suggestions: [] }],
    ["what's due in the next fortnight", { intent: 'due', filters: { dueFrom: '2022-05-09', dueTo: '2022-05-23' }, suggestions: [] }],
    ["what's happening with the Child Q response?", { intent: 'search', filters: { text: 'Child Q response' }, suggestions: [] }],
    ['which actions are red?', { intent: 'status', filters: { statuses: ['red'] }, suggestions: [] }],
    ['show action 5', { intent: 'show-action', filters: { action: { number: 5 } }, suggestions: [] }],
    ['show me January #2', { intent: 'show-action', filters: { action: { number: 2, boardCode: 'OB', meetingDate: '2022-01-20' } }, suggestions: [] }],
    ["what's 42/20", { intent: 'show-action', filters: { action: { number: 0, ref: '42/20' } }, suggestions: [] }],
    ['show action OB 21-Apr-2022 #42/20', { intent: 'show-action', filters: { action: { number: 0, ref: '42/20', boardCode: 'OB', meetingDate: '2022-04-21' } }, suggestions: [] }],
    ['show action 7.3b', { intent: 'show-action', filters: { action: { number: 0, ref: '7.3b' } }, suggestions: [] }],
    ['what about item BCFU-07?', { intent: 'show-action', filters: { action: { number: 0, ref: 'BCFU-07' } }, suggestions: [] }],
  ])('when "%s" is asked, then the query is %j', (text, expected) => {
    expect(asQuery(text)).toEqual(expected);
  });

  it.each(['5 complete', 'undo', 'chase MPS on action 19', "who hasn't replied", 'everything from the April meeting', 'what has changed since last week?'])(
    'when "%s" arrives, then there is no existing query for it (the caller handles it)', (text) => {
      expect(asQuery(text)).toBeNull();
    });

  it('when nothing is understood, then the closest example questions are suggested', () => {
    expect(asQuery('qwertyuiop')).toMatchObject({ intent: 'unknown', suggestions: expect.arrayContaining(['what is overdue?']) });
  });
});
