import { applyImport, newImportId } from '../../../src/app/imports/apply-import';
import { planImport } from '../../../src/app/imports/plan-import';
import { addMeeting } from '../../../src/app/meetings/add-meeting';
import { cancelMeeting } from '../../../src/app/meetings/cancel-meeting';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { closureState } from '../../../src/domain/closure';
import { readDocument } from '../../../src/import/read-document';
import type { Store } from '../../../src/app/ports';
import { anAction } from '../../support/builders';
import { LETTER_FILE, SEEDS_DIR } from '../../support/import-seed';
import { CLERK, meetingDeps, recordingMessenger } from '../../support/meeting-fixture';
import { memoryStore } from '../../support/memory-store';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';

const calendar = englandAndWalesCalendar();
const now = new Date('2022-05-09T09:00:00Z');
const PROB = 'Performance and Risk Oversight Board';

/** An invented board's action log: the next meeting is given at the end; one action is proposed for closure. */
function probLog(nextMeeting = 'Date of next meeting: 7 July 2022'): Buffer {
  return Buffer.from(['**Performance and Risk Oversight Board', 'Actions from 5 May 2022 Meeting**', '', 'No.\tAction\tTiming\tLead\tStatus',
    '1\tFinance to report the budget variance.\tBy the next meeting\tFinance Director\tOpen',
    '2\tHR to share the staff survey.\tJuly Board\tHR Director\tOpen',
    '3\tEstates to renew the lease.\tEnd May\tEstates\tProposed for closure',
    '', nextMeeting, ''].join('\n'));
}

async function importDoc(store: Store, name: string, content: Buffer) {
  const plan = await planImport(await readDocument(name, content), {}, { store, calendar, now, paperDeadlineDays: 7 });
  await applyImport(plan, CLERK, { store, now, calendar, paperDeadlineDays: 7 }, { id: newImportId(), content, options: {} });
  return plan;
}

const action = async (store: Store, number: number) => (await store.actions.get({ boardCode: 'PROB', meetingDate: '2022-05-05', number }))!.action;

describe('imports and the meeting calendar', () => {
  it('when a document gives its own date and the date of the next meeting, then both join the calendar and "by the next meeting" / "July Board" are read with them', async () => {
    const store = memoryStore([CLERK.id]);
    const plan = await importDoc(store, 'prob.txt', probLog());

    expect((await store.meetings.list()).map((m) => [m.boardCode, m.date, m.source])).toEqual([['PROB', '2022-05-05', 'import'], ['PROB', '2022-07-07', 'import']]);
    expect(await action(store, 1)).toMatchObject({ due: '2022-06-30', resolution: 'inferred', flags: ['meeting'] });
    expect(await action(store, 2)).toMatchObject({ due: '2022-06-30', flags: ['meeting'] });
    expect(plan.warnings).toEqual([]);
  });

  it('when minutes say "by the next meeting" inside an action and give the date of the next meeting, then the action is due by that meeting, as in a Timing column', async () => {
    const store = memoryStore();
    const minutes = ['Minutes of the Finance Committee held on 14 March 2024', '', 'Action 1: MPS to circulate the record by the next meeting.',
      'Action 2: MPS to share the figures by 30 April.', '', 'Date of next meeting: 13 June 2024', ''].join('\n');
    const plan = await importDoc(store, 'minutes.txt', Buffer.from(minutes));
    expect(plan.rows.map((r) => [r.action.number, r.action.due, r.action.flags])).toEqual([
      [1, '2024-06-06', ['meeting', 'from-text']], // 13 June less the 7-day paper deadline
      [2, '2024-04-30', ['from-text']],
    ]);
  });

  it('when a cumulative tracker gives each row its meeting, then every meeting joins the calendar, and a row\'s "next meeting" is the next one the tracker names', async () => {
    const store = memoryStore();
    const log = ['Performance and Risk Oversight Board - cumulative action log', '', 'Meeting date\tRef\tAction\tLead\tTiming',
      '03/02/2022\tP/1\tFinance to report the variance.\tFinance Director\tNext meeting',
      '07/04/2022\tP/2\tHR to share the survey.\tHR Director\t30/06/2022',
      '05/05/2022\tP/3\tEstates to renew the lease.\tEstates\t31/05/2022', ''].join('\n');
    await importDoc(store, 'cumulative.txt', Buffer.from(log));

    expect((await store.meetings.list()).map((m) => [m.boardCode, m.date, m.source])).toEqual([
      ['PROB', '2022-02-03', 'import'], ['PROB', '2022-04-07', 'import'], ['PROB', '2022-05-05', 'import'],
    ]);
    expect((await store.actions.get({ boardCode: 'PROB', meetingDate: '2022-02-03', number: 1 }))!.action).toMatchObject({ due: '2022-03-31', flags: ['meeting'] });
  });

  it('when a document marks an action "Proposed for closure", then it is complete and awaits the board', async () => {
    const store = memoryStore([CLERK.id]);
    await importDoc(store, 'prob.txt', probLog());
    const third = await action(store, 3);
    expect(third.status).toBe('complete');
    expect(closureState(third)).toBe('proposed');
  });

  it('when a document marks an action "Closed" (or "Recommend closure"), then it is closed (or awaits the board) as the board\'s own word', async () => {
    const store = memoryStore([CLERK.id]);
    const doc = Buffer.from(['**Audit Panel', 'Actions from 12 May 2022 Meeting**', '', 'No.\tAction\tTiming\tLead\tStatus',
      '1\tClerk to circulate the audit plan.\tEnd May\tClerk\tClosed',
      '2\tTreasurer to review the fees.\tEnd June\tTreasurer\tRecommend closure', ''].join('\n'));
    await importDoc(store, 'audit.txt', doc);
    const [first, second] = await store.actions.listMeeting({ boardCode: 'AP', meetingDate: '2022-05-12' });
    expect([closureState(first!), closureState(second!)]).toEqual(['closed', 'proposed']);
  });

  it('when the timing names a meeting the calendar does not know, then today\'s rules apply and the preview asks the secretariat to add it', async () => {
    const store = memoryStore([CLERK.id]);
    const plan = await planImport(await readDocument(LETTER_FILE, fs.readFileSync(path.join(SEEDS_DIR, LETTER_FILE))), {}, { store, calendar, now });
    const first = plan.rows.find((r) => r.action.number === 1)!.action;
    expect(first).toMatchObject({ due: '2022-06-01', flags: [] });
    const asks = plan.warnings.filter((w) => w.message.includes('a meeting Chaser does not know'));
    expect(asks.map((w) => w.message)).toEqual(expect.arrayContaining([
      expect.stringContaining('action 1: the timing names "June DMPC-AC Met Operations meeting" (June 2022)'),
      expect.stringContaining('chaser meetings add YYYY-MM-DD --board "DMPC-AC Met Operations"'),
      expect.stringContaining('action 13: the timing names "next DMPC-Cmdr Jane Connors meeting"'),
    ]));
  });

  it('when the document is imported after the secretariat added the meeting, then the actions come in dated by it', async () => {
    const store = memoryStore([CLERK.id]);
    await addMeeting({ date: '2022-06-14', board: 'DMPC-AC Met Operations' }, CLERK, meetingDeps(store, recordingMessenger()));
    await importDoc(store, LETTER_FILE, fs.readFileSync(path.join(SEEDS_DIR, LETTER_FILE)));
    const first = (await store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 1 }))!.action;
    expect(first).toMatchObject({ due: '2022-06-07', flags: ['meeting'] });
  });

  it('when a later import names the next meeting, then open actions already in the register follow it, but a meeting the secretariat cancelled stays cancelled', async () => {
    const store = memoryStore([CLERK.id]);
    await store.actions.create(anAction({ boardCode: 'PROB', board: PROB, meetingDate: '2022-03-03', number: 9, timing: 'By the next meeting', due: null, resolution: 'none', flags: ['needs-date'] }));
    await importDoc(store, 'prob.txt', probLog('Date of next meeting: 7 July 2022'));
    expect((await store.actions.get({ boardCode: 'PROB', meetingDate: '2022-03-03', number: 9 }))!.action.due).toBe('2022-04-28'); // the 5 May meeting, found in the document
    await cancelMeeting({ date: '2022-07-07', board: 'PROB' }, CLERK, meetingDeps(store, recordingMessenger()));
    await importDoc(store, 'prob.txt', probLog());
    expect((await store.meetings.get('PROB', '2022-07-07'))?.cancelled).toBe(true);
    expect((await action(store, 1)).due).toBeNull();
  });
});

describe('a section that gives only the month of its meeting', () => {
  /** An invented charity's cumulative tracker: month sections, no meeting date anywhere. */
  const tracker = (): Buffer => Buffer.from(['Riverside Trust Board of Trustees - action tracker', '',
    'No.\tAction\tLead\tDue date', 'May 2024', '1\tRenew the insurance\tTreasurer\t30/06/2024', '2\tPublish the annual report\tClerk\t31/07/2024',
    'March 2024', '3\tReview the reserves policy\tTreasurer\t31/05/2024', ''].join('\n'));
  const plan = async (store: Store, meetingDate?: string) =>
    planImport(await readDocument('tracker.txt', tracker()), meetingDate ? { meetingDate } : {}, { store, calendar, now, paperDeadlineDays: 7 });
  const add = (store: Store, date: string) => addMeeting({ date, board: 'Riverside Trust Board of Trustees' }, CLERK, meetingDeps(store, recordingMessenger()));

  it('when the calendar knows the board met once that month, then the section\'s actions are filed under that meeting, and a warning says so', async () => {
    const store = memoryStore([CLERK.id]);
    await add(store, '2024-05-16');
    await add(store, '2024-03-14');
    const planned = await plan(store);
    expect(planned.problems).toEqual([]);
    expect(planned.rows.map((r) => [r.action.ref, r.action.meetingDate])).toEqual([['1', '2024-05-16'], ['2', '2024-05-16'], ['3', '2024-03-14']]);
    expect(planned.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^Line 5: the section "May 2024" .* the only meeting of Riverside Trust Board of Trustees in May 2024 that Chaser knows is 16 May 2024/),
      expect.stringMatching(/^Line 8: the section "March 2024" .* 14 March 2024/),
    ]);
  });

  it('when the calendar knows no meeting that month and the document gives no date, then each section is a problem saying how to settle it, and nothing is planned for it', async () => {
    const store = memoryStore([CLERK.id]);
    await add(store, '2024-05-16');
    const planned = await plan(store);
    expect(planned.rows.map((r) => r.action.meetingDate)).toEqual(['2024-05-16', '2024-05-16']);
    expect(planned.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Line 8: the section "March 2024" .* knows no meeting of Riverside Trust Board of Trustees in March 2024: add it \(chaser meetings add 2024-03-DD --board "Riverside Trust Board of Trustees"\)/),
    ]);
  });

  it('when a workbook keeps one sheet per month ("May 2024", "March 2024"), then each sheet is settled by the calendar like a section, named as a sheet', async () => {
    const store = memoryStore([CLERK.id]);
    await add(store, '2024-05-16');
    const workbook = new ExcelJS.Workbook();
    for (const [name, rows] of [['May 2024', [[1, 'Renew the insurance', 'Treasurer', '30/06/2024']]], ['March 2024', [[1, 'Review the reserves policy', 'Treasurer', '31/05/2024']]]] as const) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(['Riverside Trust Board of Trustees - actions']);
      sheet.addRow(['No.', 'Action', 'Lead', 'Due date']);
      for (const row of rows) sheet.addRow([...row]);
    }
    const planned = await planImport(await readDocument('tracker.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())), {}, { store, calendar, now, paperDeadlineDays: 7 });
    expect(planned.rows.map((r) => [r.action.ref, r.action.meetingDate])).toEqual([['1', '2024-05-16']]);
    expect(planned.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Sheet "May 2024", row 3: the sheet "May 2024" gives the month .* is 16 May 2024, so its actions are filed under that meeting\.$/)]);
    expect(planned.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Sheet "March 2024", row 3: the sheet "March 2024" .* knows no meeting .* in March 2024: add it .* or name the sheet by its meeting's date \("28\.03\.2024"\)/),
    ]);
  });

  it('when the document names only its meeting\'s month ("Audit and Risk Committee - November 2025"), then the calendar\'s one meeting that month is its meeting; with none known, it asks, naming the month', async () => {
    const recommendations = Buffer.from(['Internal audit recommendations', 'Audit and Risk Committee - November 2025', '',
      'Ref,Recommendation,Responsible Officer,Due date', '23 PROC 01,Refresh the contract register,Head of Procurement,31/03/2026', ''].join('\n'));
    const store = memoryStore([CLERK.id]);
    const unknown = await planImport(await readDocument('recs.csv', recommendations), {}, { store, calendar, now, paperDeadlineDays: 7 });
    expect(unknown.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^The document names the month of its meeting \(November 2025\) but not the day, and Chaser knows no meeting of Audit and Risk Committee in November 2025: add it \(chaser meetings add 2025-11-DD --board "Audit and Risk Committee"\) or give the meeting's date for the import/),
    ]);
    await addMeeting({ date: '2025-11-19', board: 'Audit and Risk Committee' }, CLERK, meetingDeps(store, recordingMessenger()));
    const known = await planImport(await readDocument('recs.csv', recommendations), {}, { store, calendar, now, paperDeadlineDays: 7 });
    expect(known.problems).toEqual([]);
    expect([known.meetingDate, ...known.rows.map((r) => r.action.meetingDate)]).toEqual(['2025-11-19', '2025-11-19']);
    const given = await planImport(await readDocument('recs.csv', recommendations), { meetingDate: '2025-11-26' }, { store, calendar, now, paperDeadlineDays: 7 });
    expect(given.rows.map((r) => r.action.meetingDate)).toEqual(['2025-11-26']);
  });

  it('when the board met twice that month, then Chaser does not pick one: the section is a problem naming both meetings', async () => {
    const store = memoryStore([CLERK.id]);
    await add(store, '2024-05-02');
    await add(store, '2024-05-23');
    await add(store, '2024-03-14');
    const planned = await plan(store);
    expect(planned.problems.map((p) => p.message)).toEqual([expect.stringMatching(/"May 2024" .* met more than once that month \(2 May 2024, 23 May 2024\)/)]);
  });

  it('when a meeting date is given for the import and the calendar knows nothing else, then it settles its own month, and another month uses it with the reader\'s warning, as before', async () => {
    const store = memoryStore([CLERK.id]);
    const planned = await plan(store, '2024-05-16');
    expect(planned.problems).toEqual([]);
    expect(planned.rows.map((r) => r.action.meetingDate)).toEqual(['2024-05-16', '2024-05-16', '2024-05-16']);
    expect(planned.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/"March 2024" gives the month .* so the meeting date given for the import is used for them/),
      expect.stringMatching(/"May 2024" .* the only meeting of Riverside Trust Board of Trustees in May 2024 that Chaser knows is 16 May 2024/),
    ]);
  });
});
