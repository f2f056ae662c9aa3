import { cardBytes } from '../../../src/cards/render';
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
  const card = reminderCard({ title: 'T', subtitle: 'S', items: actions.map((action, i) => ({ action, headline: i ? 'due tomorrow (Fri 13 May)' : 'overdue by 3 business days', overdue: i === 0 })), refreshUserIds: ['aad-1'] });

  it('when rendered, then every Send update button carries all the card\'s actions, so submitting one keeps the others', () => {
    const buttons = find(card, (n) => n.verb === 'status.submit');
    expect(buttons.map((b) => b.data)).toEqual([
      { action: 'OB_2022-04-21_005', statusOnCard: 'awaiting_update', card: ['OB_2022-04-21_005', 'OB_2022-04-21_007'] },
      { action: 'OB_2022-04-21_007', statusOnCard: 'amber', card: ['OB_2022-04-21_005', 'OB_2022-04-21_007'] },
    ]);
  });

  it('when rendered, then headlines read as sentences in the status colour, user text stays literal and a revised date says who revised it', () => {
    const texts = find(card, (n) => n.type === 'TextBlock');
    expect(texts.find((t) => t.text === 'Overdue by 3 business days')?.color).toBe('Attention');
    expect(texts.find((t) => t.text === 'Due tomorrow (Fri 13 May)')?.color).toBe('Warning');
    expect(texts.map((t) => t.text)).toContain('MPS to share ${secret} data');
    expect(find(card, (n) => n.title === 'Due').map((f) => f.value)).toEqual(['13 May 2022 (as written)', '13 May 2022 (revised by Lead)']);
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', title: 'Refresh', verb: 'reminder.refresh', data: { actions: ['OB_2022-04-21_005', 'OB_2022-04-21_007'] } }, userIds: ['aad-1'] });
  });

  it('when it lists eight long actions, then it stays inside Teams\' 28 KB', () => {
    const eight = Array.from({ length: 8 }, (_, i) => anAction({ number: i + 1, text: 'x'.repeat(1000) }));
    expect(cardBytes(reminderCard({ title: 'T', subtitle: 'S', items: eight.map((action) => ({ action, headline: 'h', overdue: false })), refreshUserIds: [] }))).toBeLessThan(28_000);
  });
});
