import { cardText } from '../../support/bot-harness';
import { reminderCard } from '../../../src/cards/reminder-card';
import { anAction } from '../../support/builders';

type Node = Record<string, unknown>;
function find(node: unknown, predicate: (n: Node) => boolean, found: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => find(n, predicate, found));
  else if (node && typeof node === 'object') {
    if (predicate(node as Node)) found.push(node as Node);
    Object.values(node).forEach((v) => find(v, predicate, found));
  }
  return found;
}

describe('the reminder card', () => {
  const actions = [
    anAction({ number: 5, text: 'MPS to share ${secret} data' }),
    anAction({ number: 7, status: 'amber', latest: { status: 'amber', text: 'late', by: 'u', byName: 'Lead', at: '2022-05-06T09:00:00Z', revisedDue: '2022-05-13' } }),
  ];
  const card = reminderCard({ title: 'T', subtitle: 'S', items: actions.map((action, i) => ({ action, headline: i ? 'due tomorrow (Fri 13 May)' : 'overdue by 3 business days', overdue: i === 0 })), refreshUserMris: ['29:1-lead'] });

  it('when rendered, then every Send update button carries all the card\'s actions, so submitting one keeps the others', () => {
    const buttons = find(card, (n) => n.verb === 'status.submit');
    expect(buttons.map((b) => b.data)).toEqual([
      { action: 'OB_2022-04-21_005', statusOnCard: 'awaiting_update', card: ['OB_2022-04-21_005', 'OB_2022-04-21_007'] },
      { action: 'OB_2022-04-21_007', statusOnCard: 'amber', card: ['OB_2022-04-21_005', 'OB_2022-04-21_007'] },
    ]);
  });

  it('when rendered, then headlines read as sentences in the default colour beside a RAG marker, user text stays literal and a revised date says who revised it', () => {
    const texts = find(card, (n) => n.type === 'TextBlock');
    expect(texts.find((t) => t.text === 'Overdue by 3 business days')?.color).toBeUndefined();
    expect(find(card, (n) => n.type === 'Container' && n.style === 'attention').map((c) => cardText(c))).toContain('Overdue');
    expect(find(card, (n) => n.type === 'Container' && n.style === 'warning').map((c) => cardText(c))).toContain('At risk');
    const lines = cardText(card).split('\n');
    expect(lines).toContain('Due tomorrow (Fri 13 May)');
    expect(lines).toContain('MPS to share ${secret} data');
    expect(lines.filter((l) => l.startsWith('Due: '))).toEqual(['Due: 13 May 2022 (as written)', 'Due: 13 May 2022 (revised by Lead)']);
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', title: 'Refresh', verb: 'reminder.refresh', data: { actions: ['OB_2022-04-21_005', 'OB_2022-04-21_007'] } }, userIds: ['29:1-lead'] });
  });

});
