import ExcelJS from 'exceljs';
import { fieldOfHeader } from '../../../src/import/header-columns';
import { readDocument } from '../../../src/import/read-document';

/** Headings trackers build from the known names: completion targets, Y/N questions, combined action headings, lone lead words. */
describe('heading families', () => {
  it.each([
    ['Target completion', 'timing'], ['Completion', 'timing'], ['Complete by', 'timing'], ['To be completed by', 'timing'],
    ['Expected completion date', 'timing'], ['Target end date', 'timing'],
    ['Done?', 'status'], ['Done', 'status'], ['Completed?', 'status'], ['Closed?', 'status'], ['Complete (Y/N)', 'status'], ['Actioned? (Y/N)', 'status'],
    ['Recommendation / Action', 'action'], ['Action / Recommendation', 'action'], ['Action/Decision', 'action'], ['Decisions & Actions', 'action'],
    ['Responsible', 'lead'], ['Accountable', 'lead'], ['Accountable Officer', 'lead'], ['Action by', 'lead'], ['By whom', 'lead'], ['Who', 'lead'], ['Assigned to', 'lead'],
  ])('when a heading says %p, then it is the %s column', (text, field) => {
    expect(fieldOfHeader(text)).toBe(field);
  });

  it.each([['Closed'], ['Date closed'], ['Action / Update'], ['Status / Decision']])('when a heading says %p, then it is not an action or a Y/N status column', (text) => {
    expect(['action', 'status']).not.toContain(fieldOfHeader(text));
  });

  it.each([
    ['Recommendation / Action', 'Responsible', 'Target completion'],
    ['Action/Decision', 'Accountable', 'Completion'],
    ['Actions & Recommendations', 'By whom', 'Complete by'],
  ])('when a tab-separated tracker heads its columns %p, %p and %p, then every action has its text, lead and timing', async (action, lead, due) => {
    const text = [
      'Westmarsh Fire Authority - Scrutiny Committee',
      'Action tracker - meeting held 3 March 2025',
      '',
      `Ref\t${action}\t${lead}\t${due}\tStatus`,
      'WF/7\tReview the on-call availability figures\tArea Manager\t30/04/2025\tOpen',
      'WF/8\tPublish the station response times\tHead of Data\tJune 2025\tComplete',
    ].join('\n');
    const reading = await readDocument('fire.txt', Buffer.from(text));
    expect(reading.drafts.map((d) => [d.ref, d.text, d.lead, d.timing, d.status ?? null])).toEqual([
      ['WF/7', 'Review the on-call availability figures', 'Area Manager', '30/04/2025', null],
      ['WF/8', 'Publish the station response times', 'Head of Data', 'June 2025', 'complete'],
    ]);
  });

  it.each([['Done?'], ['Completed?'], ['Complete (Y/N)']])('when a workbook answers %p with Y and N, then Y is complete and N open with no RAG claimed', async (heading) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Log');
    ws.addRow(['Harrowfield Schools Trust - Finance Committee action log, meeting 14 May 2025']);
    ws.addRow(['No.', 'Action', 'Who', 'When', heading]);
    ws.addRow([1, 'Renew the catering contract', 'Business Manager', '30/06/2025', 'Y']);
    ws.addRow([2, 'Benchmark the supply staff spend', 'CFO', 'July 2025', 'N']);
    ws.addRow([3, 'Agree the reserves policy', 'CFO', 'July 2025', 'Maybe']);
    const reading = await readDocument('log.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => [d.lead, d.status ?? null, d.update ?? null])).toEqual([
      ['Business Manager', 'complete', null], ['CFO', null, null], ['CFO', null, 'Maybe'],
    ]);
    expect(reading.problems.filter((p) => p.field === 'status').map((p) => p.severity)).toEqual(['warning']);
  });

  it('when a markdown tracker\'s only status column is headed Progress, then its status words are the status', async () => {
    const md = [
      '# Westmarsh Police and Crime Panel',
      '',
      '**Action tracker – meeting of 12 May 2025**',
      '',
      '| No. | Action | Responsible Officer | Deadline | Progress |',
      '|---|---|---|---|---|',
      '| 1 | Brief the panel on the estates strategy | Scrutiny Officer | July 2025 | In progress |',
      '| 2 | Circulate the victims code compliance figures | OPCC Chief Executive | 30 May | Complete |',
      '| 3 | Write to the Minister on rural policing | Chair | June 2025 | Not started |',
      '| 4 | Share the stop and search data | OPCC Head of Performance | 19/05/25 | Overdue |',
    ].join('\n');
    const reading = await readDocument('panel.md', Buffer.from(md));
    expect(reading.drafts.map((d) => [d.status ?? null, d.update ?? null])).toEqual([
      ['on_track', null], ['complete', null], [null, 'Not started'], ['red', 'Overdue'],
    ]);
  });
});
