import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';
import { parseStatus } from '../../../src/import/parse-status';

/** What columns say beyond their headings: statuses in a Progress column, Yes/No closure proposals, rejected recommendations, status words. */
const csv = (lines: string[]) => readDocument('tracker.csv', Buffer.from(['Kestrel Vale University Council - actions from 2 July 2025', ...lines].join('\n')));

describe('status words in an update-type column when the table has no Status column', () => {
  it.each(['Progress', 'Position', 'Current position', 'RAG/Progress'])('when the "%s" column holds status words, then they give the status and narrative stays the update', async (heading) => {
    const reading = await csv([
      `Ref,Action,Lead,Due date,${heading}`,
      'KV/1,Review the effectiveness recommendations,University Secretary,30/09/2025,On track',
      'KV/2,Benchmark senior pay,Chair of RemCo,31/07/2025,Closed',
      'KV/3,Confirm the pension consultation response,Director of HR,31/07/2025,Complete*',
      'KV/4,Approve the financial return,CFO,31/07/2025,Complete – report to March Board',
      'KV/5,Hold a portfolio workshop,PVC Education,30/11/2025,Workshop booked for October',
    ]);
    expect(reading.drafts.map((d) => [d.ref, d.status ?? null, d.update ?? null])).toEqual([
      ['KV/1', 'on_track', null], ['KV/2', 'complete', null], ['KV/3', 'complete', null],
      ['KV/4', 'complete', 'Complete - report to March Board'], ['KV/5', null, 'Workshop booked for October'],
    ]);
  });
});

describe('a "Proposed to close?" column answered Yes or No', () => {
  it('when a workbook\'s "Proposed to close?" says Yes beside a Status column, then the action is complete and proposed for closure; No keeps the status', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tracker');
    sheet.addRow(['Harbourside Homes Board - meeting 26 March 2025']);
    sheet.addRow(['Item No.', 'Action required', 'Action owner', 'Target date', 'Status (RAG)', 'Proposed to close?']);
    sheet.addRow(['HH/25/3', 'Refresh the treasury policy', 'CFO', '31/10/2025', 'G', 'Yes']);
    sheet.addRow(['HH/25/4', 'Review damp and mould cases', 'Director of Property', '30/06/2025', 'Amber', 'No']);
    const reading = await readDocument('board.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => [d.ref, d.status, d.proposedForClosure ?? false])).toEqual([
      ['HH/25/3', 'complete', true], ['HH/25/4', 'amber', false],
    ]);
  });

  it.each(['Propose closure?', 'Recommend closure'])('when a lone "%s" column says Yes, then it proposes closure', async (heading) => {
    const reading = await csv([`Ref,Action,Lead,Due date,${heading}`, 'KV/1,Benchmark senior pay,Chair of RemCo,31/07/2025,Yes', 'KV/2,Hold a workshop,PVC Education,30/11/2025,No']);
    expect(reading.drafts.map((d) => [d.status ?? null, d.proposedForClosure ?? false])).toEqual([['complete', true], [null, false]]);
    expect(reading.problems).toEqual([]);
  });
});

describe('a rejected recommendation', () => {
  it.each(['Cabinet response', 'Management response', 'Response', 'Accepted?'])('when the "%s" column says Rejected, Not accepted or Declined, then it is superseded with a warning; Accepted leaves it open', async (heading) => {
    const reading = await csv([
      `Rec.,Recommendation,${heading},Lead officer,Timescale,RAG`,
      'R1,That the SEND strategy is published,Accepted,Assistant Director SEND,December 2025,G',
      'R2,That transport eligibility is reviewed,Partially accepted,Head of Transport,3 months,Amber',
      'R3,That carer allowances are benchmarked,Rejected,Director of Children\'s Services,N/A,',
      'R4,That respite places are doubled,Not accepted,Director of Children\'s Services,N/A,',
      'R5,That a youth forum is funded,Declined,Head of Youth Services,N/A,',
    ]);
    expect(reading.drafts.map((d) => [d.ref, d.status ?? null, d.superseded ?? false])).toEqual([
      ['R1', 'on_track', false], ['R2', 'amber', false], ['R3', 'complete', true], ['R4', 'complete', true], ['R5', 'complete', true],
    ]);
    expect(reading.problems.filter((p) => p.field === 'response').map((p) => p.message)).toEqual([
      `Row 5: the "${heading}" column says "Rejected", so action R3 is recorded as superseded and nobody will be chased for it (expected "Accepted" for a recommendation to follow up).`,
      `Row 6: the "${heading}" column says "Not accepted", so action R4 is recorded as superseded and nobody will be chased for it (expected "Accepted" for a recommendation to follow up).`,
      `Row 7: the "${heading}" column says "Declined", so action R5 is recorded as superseded and nobody will be chased for it (expected "Accepted" for a recommendation to follow up).`,
    ]);
  });
});

describe('status words with ticks, targets and split RAG', () => {
  it.each([
    ['Completed ✓', 'complete', undefined], ['Done ✔', 'complete', undefined], ['✅', 'complete', undefined], ['On target', 'on_track', undefined],
    ['Amber/Green', 'amber', 'Amber/Green'], ['Green/Amber', 'amber', 'Green/Amber'], ['Amber-Red', 'red', 'Amber-Red'],
  ])('when a status cell says "%s", then it is %s', (word, status, kept) => {
    expect(parseStatus(word)).toEqual({ kind: 'status', status, ...(kept ? { word: kept } : {}) });
  });
});
