import { digestCard } from '../../../src/cards/digest-card';
import { summaryLine } from '../../../src/cards/digest-card-lines';
import { DIGEST_VERBS } from '../../../src/cards/digest-verbs';
import { messageBytes } from '../../../src/cards/message-size';
import type { Action, Status } from '../../../src/domain/action';
import { STATUSES } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { addDays } from '../../../src/domain/calendar-date';
import { buildDigest } from '../../../src/domain/digest';
import { parseDigestCommand, resolveDigestTerm } from '../../../src/domain/digest/digest-command';
import { previousMonday } from '../../../src/domain/digest/digest-week';
import { londonInstant } from '../../../src/domain/london-time';
import { anAction } from '../../support/builders';
import { cardText } from '../../support/bot-harness';

const calendar = englandAndWalesCalendar();
const AS_OF = '2022-05-09';
const SINCE = { kind: 'history' as const, at: '2022-05-02T07:00:00.000Z' };
const LONG = 'MPS to provide a written update on the implementation of the two recommendations from the handcuffing review not covered in the paper, with data by BCU. '.repeat(4);

/** `n` actions with long texts and updates, every status, due dates around 9 May: the lists all overflow. */
function manyActions(n: number): Action[] {
  return Array.from({ length: n }, (_, i) => {
    const status: Status = STATUSES[i % STATUSES.length]!;
    const at = new Date(Date.parse('2022-05-03T09:00:00Z') + (i % 100) * 3_600_000).toISOString();
    return anAction({
      number: i + 1, text: `${LONG}${i}`, lead: `Lead number ${i % 40}`, due: i % 9 === 0 ? null : addDays('2022-04-01', i % 60), status,
      latest: status === 'awaiting_update' ? null : { status, text: LONG, by: 'u', byName: 'Commander Lead', at, revisedDue: null },
    });
  });
}

describe('the digest card', () => {
  it('when the register has 500 actions, then the message stays within 26,000 bytes and says how many more there are', () => {
    const actions = manyActions(500);
    const digest = buildDigest({ asOf: AS_OF, actions, since: { at: SINCE.at, previousStatusOf: () => 'awaiting_update' }, unreachableLeads: Array.from({ length: 40 }, (_, i) => `Lead number ${i}`), calendar });
    const card = digestCard(digest, { comparedWith: SINCE, generatedAt: new Date('2022-05-09T07:59:00Z') });
    expect(messageBytes({ card, text: digest.sentence })).toBeLessThanOrEqual(26_000);
    const text = cardText(card);
    expect(text).toContain('Action log: progress update — as of 9 May 2022');
    expect(text).toMatch(/…and \d+ more: the board paper lists them all\./);
    expect(text).toMatch(/Reminders cannot reach anyone for Lead number 0, .* and \d+ more\. The secretariat has been told\./);
  });

  it('when a summary line counts a RAG, then its RAG word is bold in the default colour and a marker beside it names the colour', () => {
    expect(summaryLine('3 are complete (dark green)')).toEqual({
      runs: [{ text: '3 are complete ', weight: 'Default' }, { text: '(dark green)', weight: 'Bolder' }], marker: 'Dark green', style: 'good',
    });
    expect(summaryLine('12 are in progress and on track (pale green)')).toMatchObject({ marker: 'Pale green', style: 'good' });
    expect(summaryLine('1 is amber')).toMatchObject({ runs: [{ text: '1 is ', weight: 'Default' }, { text: 'amber', weight: 'Bolder' }], marker: 'Amber', style: 'warning' });
    expect(summaryLine('2 are red')).toMatchObject({ marker: 'Red', style: 'attention' });
    expect(summaryLine('0 are red')).toMatchObject({ runs: [{ text: '0 are red', weight: 'Default' }], marker: '', style: 'default' });
    expect(summaryLine('There are no actions that are amber or red')).toEqual({ runs: [{ text: 'There are no actions that are amber or red', weight: 'Default' }], marker: '', style: 'default' });
  });

  it('when user text holds ${...}, then it stays literal', () => {
    const action = anAction({ text: 'Publish ${secret} data', due: '2022-05-03', status: 'amber', latest: { status: 'amber', text: 'Blocked by ${title}', by: 'u', byName: 'U', at: '2022-05-05T09:00:00Z', revisedDue: null } });
    const digest = buildDigest({ asOf: AS_OF, actions: [action], since: null, unreachableLeads: [], calendar });
    const text = cardText(digestCard(digest, { comparedWith: SINCE, generatedAt: new Date('2022-05-09T07:59:00Z') }));
    expect(text).toContain('Blocked by ${title}');
  });

  it('when the register has actions, then a RAG doughnut follows the summary, with the counts in words for clients without charts', () => {
    const actions = [
      anAction({ number: 1, status: 'complete' }), anAction({ number: 2, status: 'amber' }), anAction({ number: 3, status: 'amber' }),
      anAction({ number: 4, status: 'red' }), anAction({ number: 5 }),
    ];
    const digest = buildDigest({ asOf: AS_OF, actions, since: null, unreachableLeads: [], calendar });
    const card = digestCard(digest, { comparedWith: SINCE, generatedAt: new Date('2022-05-09T07:59:00Z') });
    const body = card.body as Array<{ type: string; data?: Array<{ legend: string; value: number }>; fallback?: { text: string } }>;
    const chartAt = body.findIndex((b) => b.type === 'Chart.Donut');
    expect(chartAt).toBeGreaterThan(0);
    expect(body.slice(1, chartAt).every((b) => b.type === 'ColumnSet')).toBe(true);
    expect(body[chartAt]!.data).toEqual([
      { legend: 'Complete', value: 1, color: 'good' }, { legend: 'Amber', value: 2, color: 'warning' },
      { legend: 'Red', value: 1, color: 'attention' }, { legend: 'Awaiting update', value: 1, color: 'neutral' },
    ]);
    expect(body[chartAt]!.fallback?.text).toBe('Complete 1 · Amber 2 · Red 1 · Awaiting update 1');
  });

  it('when the register is empty, then the card says so plainly and lists nothing', () => {
    const digest = buildDigest({ asOf: AS_OF, actions: [], since: null, unreachableLeads: [], calendar });
    const card = digestCard(digest, { comparedWith: SINCE, generatedAt: new Date() });
    expect(cardText(card)).toContain('There are no actions in the register yet.');
    expect(cardText(card)).not.toContain('Overdue');
    expect(JSON.stringify(card)).not.toContain('Chart.Donut');
    expect(JSON.stringify(card)).toContain(`"verb":"${DIGEST_VERBS.paper}"`);
  });
});

describe('digest words and weeks', () => {
  it('when someone types a digest command, then it is read with its lead or board', () => {
    expect(parseDigestCommand('digest')).toEqual({ kind: 'show', term: null });
    expect(parseDigestCommand('Digest for the MPS.')).toEqual({ kind: 'show', term: 'MPS' });
    expect(parseDigestCommand('digest OB')).toEqual({ kind: 'show', term: 'OB' });
    expect(parseDigestCommand('digest subscribe for MOPAC')).toEqual({ kind: 'subscribe', term: 'MOPAC' });
    expect(parseDigestCommand('digest unsubscribe')).toEqual({ kind: 'unsubscribe' });
    expect(parseDigestCommand('digested')).toBeNull();
    const actions = [anAction({ lead: 'MPS' }), anAction({ lead: 'AC Ephgrave', boardCode: 'PROB' })];
    expect(resolveDigestTerm('ob', actions, [])).toEqual({ boardCode: 'OB' });
    expect(resolveDigestTerm('ac ephgrave', actions, [])).toEqual({ lead: 'AC Ephgrave' });
    expect(resolveDigestTerm('DMPC', actions, ['DMPC'])).toEqual({ lead: 'DMPC' });
    expect(resolveDigestTerm('nobody', actions, [])).toBeNull();
  });

  it('when the digest date is a Monday, then last week is the Monday before, at 08:00 London (BST or GMT)', () => {
    expect(previousMonday('2022-05-09')).toBe('2022-05-02');
    expect(previousMonday('2022-05-11')).toBe('2022-05-09');
    expect(londonInstant('2022-05-02', 8).toISOString()).toBe('2022-05-02T07:00:00.000Z');
    expect(londonInstant('2022-01-10', 8).toISOString()).toBe('2022-01-10T08:00:00.000Z');
  });
});

describe('the digest card for each audience', () => {
  const registers: Array<[string, Action[], string[]]> = [
    ['the demo letter: overdue, undated and an unmapped lead', [
      anAction({ number: 4, due: '2022-04-29', text: 'MOPAC to publish the strip search review.', lead: 'MOPAC' }),
      anAction({ number: 7, due: null, resolution: 'none', flags: ['needs-date'], timing: 'Ongoing', text: 'MPS to keep the board updated on the custody pilot.' }),
      anAction({ number: 8, due: '2022-05-03', status: 'amber', text: 'MPS to share the handcuffing data by BCU.', latest: { status: 'amber', text: 'Data team delayed by the release.', by: 'u', byName: 'Cmdr Lead', at: '2022-05-05T09:00:00.000Z', revisedDue: null } }),
    ], ['MOPAC']],
    ['an invented register: several boards, nobody mapped', [
      anAction({ boardCode: 'PRB', board: 'Police and Crime Board', number: 12, due: '2022-04-01', text: 'DMPC office to circulate the violence reduction dashboard.', lead: 'VRU' }),
      anAction({ boardCode: 'PRB', board: 'Police and Crime Board', number: 13, due: null, resolution: 'none', flags: ['needs-date'], timing: 'TBC', text: 'VRU to scope the youth engagement survey.', lead: 'VRU' }),
    ], ['VRU', 'Youth Panel']],
  ];

  it.each(registers)('when the Deputy Commissioner reads the digest of %s, then it holds no tool instructions and overdue items show their words', (_name, actions, unreachable) => {
    const digest = buildDigest({ asOf: AS_OF, actions, since: null, unreachableLeads: unreachable, calendar });
    const text = cardText(digestCard(digest, { comparedWith: SINCE, generatedAt: new Date('2022-05-09T07:59:00Z') }));
    expect(text).not.toMatch(/\bchaser (update|leads|admins|import|list|digest)|--due|leads set|YYYY/i);
    expect(text).toContain('the secretariat will set one');
    for (const line of digest.overdue) expect(text).toContain(line.ref.text);
    expect(text).not.toContain('For the secretariat');
  });

  it.each(registers)('when the secretariat reads the digest of %s, then a section of its own says what to do, with the commands', (_name, actions, unreachable) => {
    const digest = buildDigest({ asOf: AS_OF, actions, since: null, unreachableLeads: unreachable, calendar });
    const text = cardText(digestCard(digest, { comparedWith: SINCE, generatedAt: new Date('2022-05-09T07:59:00Z'), audience: 'secretariat' }));
    expect(text).toContain('For the secretariat');
    expect(text).toMatch(new RegExp(`1 action needs a due date \\(${digest.needsDate[0]!.ref.reference}\\): chaser update REF --due YYYY-MM-DD\\.`));
    expect(text).toContain(`Nobody answers for ${unreachable.join(', ')}: chaser leads set`);
  });
});
