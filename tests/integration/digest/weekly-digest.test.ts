import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { digestCard } from '../../../src/cards/digest-card';
import { fixedClock } from '../../../src/domain/clock';
import { snapshotOf } from '../../../src/domain/digest';
import { buildWeeklyDigest } from '../../../src/app/digest/build-weekly-digest';
import { openStore } from '../../../src/store/store';
import type { Store } from '../../../src/app/ports';
import { readTestAzurite } from '../../support/azurite-env';
import { cardText } from '../../support/bot-harness';
import { anAction } from '../../support/builders';
import { LETTER_FILE, importSeed } from '../../support/import-seed';
import { testStore, uniquePrefix } from '../../support/store-fixture';
import { MONDAY, NEXT_MONDAY, Reply, WEEK_ONE, calendar, recordReplies } from './digest-fixture';

const WEEK_TWO: Reply[] = [
  [8, 'complete', "Report shared 'as is'.", '2022-05-10T09:00:00Z'],
  [19, 'red', 'Still blocked: the CONNECT release moved to September.', '2022-05-11T10:00:00Z'],
  [5, 'complete', 'Outcome of the linking shared with MOPAC; publication on 1 June.', '2022-05-12T15:00:00Z'],
  [11, 'on_track', 'Overview of the trust and confidence plans in draft.', '2022-05-13T11:00:00Z'],
];

const digestAt = (store: Store, at: string, scope?: { lead?: string; boardCode?: string }) => buildWeeklyDigest({ store, clock: fixedClock(at), calendar }, scope);
const numbers = (lines: Array<{ ref: { number: number } }>) => lines.map((l) => l.ref.number);

describe('the weekly digest from the seed letter and the leads\' replies', () => {
  let store: Store;
  beforeAll(async () => {
    store = testStore();
    await importSeed(store, LETTER_FILE);
    await recordReplies(store, WEEK_ONE);
  });

  it('when built on Monday 9 May, then the DCDG summary reads as the board paper does', async () => {
    const { digest } = await digestAt(store, MONDAY);
    expect(digest.asOf).toBe('2022-05-09');
    expect(digest.sentence).toBe('Of the 19 actions, 7 have been progressed: 3 are complete (dark green; 3 proposed for closure, awaiting the board), 2 are in progress and on track (pale green), 1 is amber and 1 is red.');
    expect(digest.summary).toEqual([
      'Of the 19 actions, 7 have been progressed:', '3 are complete (dark green; 3 proposed for closure, awaiting the board)', '2 are in progress and on track (pale green)', '1 is amber', '1 is red', '12 are awaiting an update',
    ]);
  });

  it('when built on Monday 9 May, then the lists say what is overdue (in business days), due soon, awaiting and undated', async () => {
    const { digest } = await digestAt(store, MONDAY);
    expect(digest.overdue.map((l) => [l.ref.number, l.ref.lead, l.businessDaysOverdue, l.lastUpdate])).toEqual([
      [19, 'MPS', 15, 'Auto-population is blocked by the CONNECT release schedule.'],
      [8, 'MPS', 9, 'The report is being redacted before it can be shared.'],
      [15, 'MPS', 1, null],
    ]);
    expect(digest.dueSoon.map((l) => [l.ref.number, l.due, l.status])).toEqual([
      [5, '2022-05-13', 'on_track'], [10, '2022-05-13', 'on_track'], [11, '2022-05-13', 'awaiting_update'], [9, '2022-05-15', 'awaiting_update'],
    ]);
    expect(numbers(digest.awaitingUpdate)).toEqual([1, 2, 3, 4, 6, 9, 11, 12, 13, 14, 15, 17]);
    expect(numbers(digest.needsDate)).toEqual([13]);
    expect(digest.unreachableLeads).toEqual(['MOPAC', 'MPS']);
  });

  it('when no digest was ever sent and the letter was loaded since, then the card says it is the first and lists the updates received, not the whole letter as new', async () => {
    const { digest, comparedWith } = await digestAt(store, MONDAY);
    expect(comparedWith).toEqual({ kind: 'history', at: '2022-05-02T07:00:00.000Z' });
    expect(digest.changes.map((c) => [c.kind, c.action.number])).toEqual([5, 7, 8, 10, 16, 18, 19].map((n) => ['update', n]));
    const text = cardText(digestCard(digest, { comparedWith, generatedAt: new Date(MONDAY) }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Action log: progress update — as of 9 May 2022');
    expect(text).toContain('This is the first digest: compared with the register as it stood on 2 May 2022, 08:00. 7 updates received.');
    expect(text).toContain('OB 21-Apr-2022 #19 · MPS · 15 business days overdue · due 13 April 2022');
    expect(text).toContain('Last update 6 May 2022: “Auto-population is blocked by the CONNECT release schedule.”');
    expect(text).toContain('OB 21-Apr-2022 #15 · MPS · 1 business day overdue · due 6 May 2022');
    expect(text).toContain('OB 21-Apr-2022 #5 · MPS · due 13 May 2022 · Pale green');
    expect(text).toContain('12 actions have had no update yet.');
    expect(text).toContain('Reminders cannot reach anyone for MOPAC, MPS.');
    expect(text).toContain('…and 7 more: the board paper lists them all.');
    expect(text).not.toContain('new action');
  });

  it('when a digest was sent last week, then the next one lists what changed since its snapshot', async () => {
    const own = testStore();
    await importSeed(own, LETTER_FILE);
    await recordReplies(own, WEEK_ONE);
    const first = await digestAt(own, MONDAY);
    await own.digests.saveSnapshot(snapshotOf(first.actions, new Date(MONDAY)));
    await recordReplies(own, WEEK_TWO);
    await own.actions.create(anAction({ number: 20, text: 'MPS to share the stop and search dashboard.', createdAt: '2022-05-12T10:00:00.000Z', updatedAt: '2022-05-12T10:00:00.000Z' }));

    const { digest, comparedWith } = await digestAt(own, NEXT_MONDAY);
    expect(comparedWith).toEqual({ kind: 'snapshot', at: new Date(MONDAY).toISOString() });
    expect(digest.changes.map((c) => (c.kind === 'status' ? [c.kind, c.action.number, c.from, c.to] : [c.kind, c.action.number]))).toEqual([
      ['new', 20], ['status', 5, 'on_track', 'complete'], ['status', 8, 'amber', 'complete'], ['status', 11, 'awaiting_update', 'on_track'], ['update', 19],
    ]);
    const text = cardText(digestCard(digest, { comparedWith, generatedAt: new Date(NEXT_MONDAY) }));
    expect(text).toContain('Compared with the digest of 9 May 2022, 08:59. 1 new action, 3 status changes and 1 update received.');
    expect(text).toContain('OB 21-Apr-2022 #8 · MPS · Amber → Dark green');
    expect(text).toContain('by Secretariat on 10 May 2022: “Report shared \'as is\'.”');
    expect(text).toContain('OB 21-Apr-2022 #19 · MPS · update received (Red)');
  });

  it('when there is no snapshot, then changes come from the history at the previous Monday 08:00', async () => {
    const own = testStore();
    await importSeed(own, LETTER_FILE, new Date('2022-04-25T10:00:00Z'));
    await recordReplies(own, [[16, 'on_track', 'Spine in draft.', '2022-04-28T10:00:00Z'], [10, 'amber', 'Waiting for the data team.', '2022-04-29T10:00:00Z']]);
    await recordReplies(own, [[16, 'complete', 'Spine shared.', '2022-05-05T10:00:00Z'], [10, 'amber', 'Still waiting for the data team.', '2022-05-05T11:00:00Z'], [5, 'on_track', 'Linking under way.', '2022-05-06T10:00:00Z']]);
    const { digest } = await digestAt(own, MONDAY);
    expect(digest.changes.map((c) => (c.kind === 'status' ? [c.kind, c.action.number, c.from, c.to] : [c.kind, c.action.number]))).toEqual([
      ['status', 5, 'awaiting_update', 'on_track'], ['status', 16, 'on_track', 'complete'], ['update', 10],
    ]);
  });

  it('when an action has a long history, then building the digest makes no more storage requests', async () => {
    let requests = 0;
    const counter: PipelinePolicy = { name: 'count', sendRequest: (req, next) => { requests++; return next(req); } };
    const own = openStore({ kind: 'connection-string', connectionString: readTestAzurite().connectionString }, uniquePrefix(), { policies: [counter] });
    await importSeed(own, LETTER_FILE, new Date('2022-04-25T10:00:00Z'));
    await recordReplies(own, [[5, 'on_track', 'Started.', '2022-05-05T10:00:00Z']]);
    await digestAt(own, MONDAY); // creates the tables
    requests = 0;
    await digestAt(own, MONDAY);
    const before = requests;
    const older: Reply[] = Array.from({ length: 40 }, (_, i) => [i % 2 ? 5 : 16, 'amber', `Week ${i}`, new Date(Date.parse('2022-04-26T08:00:00Z') + i * 60_000).toISOString()]);
    await recordReplies(own, older);
    await recordReplies(own, [[5, 'on_track', 'Started.', '2022-05-05T10:00:00Z'], [16, 'complete', 'Done.', '2022-05-05T11:00:00Z']]);
    requests = 0;
    await digestAt(own, MONDAY);
    expect(requests).toBe(before + 1); // #16 has changed since Monday too: one more history read, whatever its length
  });

  it('when the register is empty, then the digest says so plainly', async () => {
    const { digest } = await digestAt(testStore(), MONDAY);
    expect(digest.summary).toEqual(['There are no actions in the register yet.']);
    expect(digest.sentence).toBe('There are no actions in the register yet.');
  });

  it('when scoped to a lead or a board, then only its actions count', async () => {
    expect((await digestAt(store, MONDAY, { lead: 'mopac' })).digest.sentence).toBe('Of the 2 actions, 1 has been progressed: 1 is complete (dark green; 1 proposed for closure, awaiting the board) and 0 are in progress and on track (pale green). There are no actions that are amber or red.');
    expect((await digestAt(store, MONDAY, { boardCode: 'ob' })).digest.counts.total).toBe(19);
  });
});
