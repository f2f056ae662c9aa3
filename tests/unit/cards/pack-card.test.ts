import { packCard } from '../../../src/cards/pack-card';
import { packCardView, CARD_LINES } from '../../../src/app/meetings/pack-card-view';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { buildPack } from '../../../src/domain/meetings/pack';
import { anAction } from '../../support/builders';
import { aMeeting } from '../../support/meetings';

const calendar = englandAndWalesCalendar();
const meeting = aMeeting('2022-06-14', { title: 'Oversight Board' });

function packOf(actions = [anAction()]) {
  const input = { meeting, actions, meetings: [meeting], asOf: '2022-05-27', calendar, paperDeadlineDays: 7, packBusinessDays: 10 };
  return { pack: buildPack(input), actions };
}

describe('the pack card', () => {
  it('when an action is overdue, another proposed for closure and a third open, then each is in its section with its latest update', () => {
    const actions = [
      anAction({ number: 1, due: '2022-05-13', text: 'Share the linking data.' }),
      anAction({ number: 2, due: '2022-06-30', status: 'complete', flags: ['proposed-for-closure'], latest: { status: 'complete', text: 'Sent on 20 May.', by: 'x', byName: 'Commander', at: '2022-05-20T10:00:00Z', revisedDue: null } }),
      anAction({ number: 3, due: '2022-06-30', status: 'on_track', latest: { status: 'on_track', text: 'Drafting.', by: 'x', byName: 'Commander', at: '2022-05-21T10:00:00Z', revisedDue: null } }),
    ];
    const { pack } = packOf(actions);
    const view = packCardView(pack, actions);
    expect(view.sections.map((s) => [s.heading, s.lines.map((l) => `${l.reference} ${l.state}`)])).toEqual([
      ['Overdue', ['OB 21-Apr-2022 #1 overdue by 10 business days']],
      ['Proposed for closure, for the board to confirm', ['OB 21-Apr-2022 #2 proposed for closure']],
      ['Open actions and their latest updates', ['OB 21-Apr-2022 #3 due 30 June 2022']],
    ]);
    expect(JSON.stringify(packCard(view))).toContain('Drafting.');
  });

  it('when there are more actions than a card holds, then it lists the first ones and says the document has them all', () => {
    const many = Array.from({ length: CARD_LINES + 5 }, (_, i) => anAction({ number: i + 1, due: '2022-07-29' }));
    const view = packCardView(packOf(many).pack, many);
    expect(view.sections[2]!.lines).toHaveLength(CARD_LINES);
    expect(view.footer).toContain('the document has them all');
    expect(view.footer).toContain('chaser pack --meeting 2022-06-14 --board OB --format docx');
  });

  it('when an action text holds ${...}, then the card shows it literally', () => {
    const actions = [anAction({ number: 4, due: '2022-07-29', text: 'Report ${title} and ${sentence} as written.' })];
    const card = JSON.stringify(packCard(packCardView(packOf(actions).pack, actions)));
    expect(card).toContain('Report ${title} and ${sentence} as written.');
  });
});
