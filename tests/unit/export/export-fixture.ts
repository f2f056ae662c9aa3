import type { Action, Status } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { TrendWeek, weeklyTrend } from '../../../src/domain/charts';
import { buildDigest } from '../../../src/domain/digest';
import type { Digest } from '../../../src/domain/digest';
import type { ExportInput } from '../../../src/export';

/** Shared by the export tests (not a test file itself): 20 actions of two Oversight Board meetings, one strand. */
export const AS_OF = '2022-05-09'; // a Monday; Monday 2 May was the Early May bank holiday
export const GENERATED_AT = new Date('2022-05-09T07:00:00.000Z'); // 08:00 in London
export const MARCH = '2022-03-10';
export const APRIL = '2022-04-21';
export const STRAND = 'Trust and confidence';
export const HYPERLINK = '=HYPERLINK("http://example.com/x","Open the dashboard")';

type Row = [meeting: string, no: number, strand: string | null, status: Status, due: string | null, lead: string, text: string, update?: string, at?: string];

const ROWS: Row[] = [
  [MARCH, 1, null, 'complete', '2022-04-01', 'MPS', 'Review handcuffing data and publish the findings.', 'Published on 1 April 2022.', '2022-04-01T15:00:00Z'],
  [MARCH, 2, null, 'on_track', '2022-05-20', 'MOPAC', 'Share the engagement review terms of reference.', 'Draft terms shared with partners.', '2022-05-05T09:00:00Z'],
  [MARCH, 3, null, 'amber', '2022-04-29', 'MPS', 'Provide recruitment figures by borough.', 'Data quality issues delaying the figures.', '2022-05-06T11:00:00Z'],
  [MARCH, 4, null, 'red', '2022-04-14', 'AC Ephgrave', 'Report back on the Safer Schools review.', 'Review paused; no analyst available.', '2022-05-04T08:00:00Z'],
  [MARCH, 5, null, 'awaiting_update', '2022-05-13', 'MPS', HYPERLINK],
  [MARCH, 6, null, 'complete', null, 'MPS', 'Confirm the residency criteria start date.', 'Complete – 13 November 2021.', '2022-04-20T10:00:00Z'],
  [MARCH, 7, null, 'on_track', null, 'MOPAC', 'Agree the community reference group membership.', '+ two new members confirmed, "Youth panel" next.', '2022-04-28T16:30:00Z'],
  [MARCH, 8, null, 'awaiting_update', '2022-05-06', 'DMPC', 'Write to the Mayor about the pilot.'],
  [APRIL, 1, null, 'complete', '2022-05-13', 'MPS', 'Advise MOPAC when handcuffing and stop and search data can be linked.', 'Linked; note sent to MOPAC on 5 May.', '2022-05-05T12:00:00Z'],
  [APRIL, 2, null, 'on_track', '2022-06-30', 'MPS', 'Set out the Outreach programme milestones.', 'Milestones drafted.\nBoard review in June.', '2022-05-03T09:15:00Z'],
  [APRIL, 3, null, 'awaiting_update', null, 'MPS', 'Bring the stop and search scrutiny plan to the next Board.'],
  [APRIL, 4, null, 'amber', '2022-05-16', 'MOPAC', 'Publish the engagement handbook.', '@channel roll-out slipped to July.', '2022-05-06T14:00:00Z'],
  [APRIL, 5, null, 'complete', '2022-04-29', 'Secretariat', 'Circulate the minutes.', 'Done.', '2022-04-27T09:00:00Z'],
  [APRIL, 6, null, 'on_track', '2022-05-23', 'AC Ephgrave', 'Report on the Central South BCU pilot with Mentivity.', '- 500 officers to be trained over 6 months.', '2022-05-04T10:00:00Z'],
  [APRIL, 7, STRAND, 'complete', '2022-05-06', 'MPS', 'Publish the vehicle stops pilot data.', 'Published.', '2022-05-06T09:00:00Z'],
  [APRIL, 8, STRAND, 'on_track', '2022-06-17', 'MPS', 'Run the community familiarisation sessions.', 'Sessions running in all BCUs.', '2022-04-29T09:00:00Z'],
  [APRIL, 9, STRAND, 'awaiting_update', '2022-05-20', 'MPS', 'Refresh stop and search training content.'],
  [APRIL, 10, STRAND, 'red', '2022-05-03', 'MPS', 'Produce the handbook of engagement.', 'No funding agreed.', '2022-05-05T17:00:00Z'],
  [APRIL, 11, STRAND, 'on_track', '2022-07-29', 'MOPAC', 'Review the community engagement mechanisms.', 'Tender issued.', '2022-04-26T09:00:00Z'],
  [APRIL, 12, STRAND, 'complete', null, 'MPS', 'Re-introduce the London residency criteria.', 'Complete – 13th November 2021.', '2022-05-06T10:00:00Z'],
];

function actionOf([meetingDate, number, strand, status, due, lead, text, update, at]: Row): Action {
  const createdAt = meetingDate === APRIL && number === 12 ? '2022-05-05T10:00:00.000Z' : '2022-04-25T10:00:00.000Z';
  const latest = update && at ? { status, text: update, by: 'user-1', byName: `${lead} lead`, at: new Date(at).toISOString(), revisedDue: null } : null;
  return {
    boardCode: 'OB', board: 'MOPAC MPS Oversight Board', meetingDate, number, text, timing: due ? `By ${due}` : 'Ongoing', due,
    resolution: due ? 'exact' : 'none', flags: due ? [] : ['needs-date'], milestones: [], superseded: [], ref: '', lead, strand, status, latest,
    createdAt, updatedAt: latest?.at ?? createdAt,
  };
}

/** Shuffled on purpose: exporters must put them in register order. */
export const ACTIONS: Action[] = ROWS.map(actionOf).reverse();

/** Statuses at the previous Monday (8:00 London) for the actions updated since. */
const BEFORE: Record<string, Status> = { 'OB_2022-03-10_003': 'on_track', 'OB_2022-03-10_004': 'amber' };

export function digestOf(actions: Action[]): Digest {
  return buildDigest({
    asOf: AS_OF,
    actions,
    since: { at: '2022-05-02T07:00:00.000Z', previousStatusOf: (key) => BEFORE[key] },
    unreachableLeads: ['DMPC'],
    calendar: englandAndWalesCalendar(),
  });
}

/**
 * The weekly trend of `actions` as the history gives it: each entered the register at `createdAt` awaiting
 * an update and took its status at its latest update (seven weeks: the first update, to #1 of March, was on 1 April 2022).
 */
export function trendOf(actions: Action[]): TrendWeek[] {
  const withHistory = actions.map((a) => ({
    createdAt: a.createdAt, status: a.status,
    history: [
      { kind: 'created' as const, at: a.createdAt, status: null, changes: [] },
      ...(a.latest ? [{ kind: 'status' as const, at: a.latest.at, status: a.latest.status, changes: [] }] : []),
    ],
  }));
  return weeklyTrend(withHistory, GENERATED_AT, AS_OF);
}

export function inputOf(actions: Action[] = ACTIONS, title?: string): ExportInput {
  return { digest: digestOf(actions), actions, title, generatedAt: GENERATED_AT, trend: trendOf(actions) };
}

export const EMPTY: ExportInput = inputOf([]);

/** The table the paper must show, straight from the digest: [No., Action, Update, RAG] per row, by group. */
export function expectedTable(input: ExportInput): { heading: string; rows: string[][] }[] {
  return input.digest.table.map((g) => ({ heading: g.heading, rows: g.rows.map((r) => [String(r.number), r.text, r.update, r.rag]) }));
}
