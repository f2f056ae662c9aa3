import type { ChaseResult } from '../../../src/app/reach/chase-now';
import { detailChaseView } from '../../../src/app/reach/chase-view';
import { anAction, anUpdate } from '../../support/builders';

/** Monday 9 May 2022 in London; the secretariat's chase at 09:00 (08:00 UTC). */
const TODAY = '2022-05-09';
const CHASED = anUpdate({ kind: 'chased', at: '2022-05-09T08:00:00.000Z', by: 'aad-alex', byName: 'Alex Wilber', source: 'card', status: null, text: '' });

describe('what the action detail card offers about chasing', () => {
  const late = anAction({ number: 19, due: '2022-04-13' });

  it.each([
    ['the secretariat in a personal chat, an open action', { mayChase: true, action: late }, { offer: true, notice: null }],
    ['the secretariat, an action not yet due (a chase is the secretariat\'s call)', { mayChase: true, action: anAction({ due: '2022-06-30' }) }, { offer: true, notice: null }],
    ['someone else (or the secretariat in a channel)', { mayChase: false, action: late }, null],
    ['the secretariat, a complete action', { mayChase: true, action: anAction({ status: 'complete' }) }, null],
  ])('when %s, then %j', (_name, detail, expected) => {
    expect(detailChaseView({ ...detail, history: [], today: TODAY })).toEqual(expected);
  });

  it('when the action was chased earlier today, then the secretariat sees when and by whom, and no second "Chase now"', () => {
    expect(detailChaseView({ action: late, history: [CHASED], today: TODAY, mayChase: true })).toEqual({ offer: false, notice: { kind: 'chased-today', byName: 'Alex Wilber', at: CHASED.at } });
    expect(detailChaseView({ action: late, history: [CHASED], today: '2022-05-10', mayChase: true })).toEqual({ offer: true, notice: null });
  });

  it('when a chase was just pressed, then the card says how it went', () => {
    const chased: ChaseResult = { kind: 'chased', action: late, at: CHASED.at, byName: 'Alex Wilber', sentTo: ['aad-cmdr'], names: ['Commander Lead'], note: 'Board on Thursday', missed: [], message: '' };
    expect(detailChaseView({ action: late, history: [CHASED], today: TODAY, mayChase: true }, chased)).toEqual({
      offer: false, notice: { kind: 'chased', byName: 'Alex Wilber', at: CHASED.at, sentTo: ['Commander Lead'], lead: 'MPS', withNote: true },
    });
    const refused: ChaseResult = { kind: 'unreachable', action: late, reason: 'nobody is mapped to MPS', message: 'I could not chase OB 21-Apr-2022 #19: nobody is mapped to MPS.' };
    expect(detailChaseView({ action: late, history: [], today: TODAY, mayChase: true }, refused)).toEqual({ offer: true, notice: { kind: 'not-chased', message: refused.message } });
  });
});
