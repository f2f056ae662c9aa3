import ExcelJS from 'exceljs';
import { fieldOfHeader, recogniseHeader } from '../../../src/import/header-columns';
import { parseRefCell } from '../../../src/import/parse-ref-cell';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';

describe('header names as trackers write them', () => {
  it.each([
    ['Ref', 'number'], ['No.', 'number'], ['Minute', 'number'], ['Minute No.', 'number'],
    ['Action', 'action'], ['Action Required', 'action'], ['Recommendation', 'action'],
    ['Lead', 'lead'], ['Responsibility', 'lead'], ['Responsible Officer', 'lead'], ['Action Officer(s)', 'lead'], ['Owner', 'lead'],
    ['Timing', 'timing'], ['Timescale', 'timing'], ['Deadline', 'timing'],
    ['Target date', 'due'], ['Due date', 'due'], ['Original due date', 'due'],
    ['New date', 'revisedDue'], ['Revised due date', 'revisedDue'], ['Revised Date', 'revisedDue'],
    ['Status', 'status'], ['Status/Comment', 'status'], ['Status / Comment', 'status'], ['RAG', 'status'],
    ['Update', 'update'], ['Action taken', 'update'], ['Comments', 'update'],
    ['% complete', 'percent'], ['Priority', 'ignored'],
    ['Paper', 'item'], ['Agenda item', 'item'], ['Relevant Item', 'item'],
    ['Meeting Date', 'meetingDate'], ['Source', 'source'],
  ])('when a header says %p, then it is the %s column', (text, field) => {
    expect(fieldOfHeader(text)).toBe(field);
  });

  it('when a table has no number column but an action, a lead and a due date, then it is an action table', () => {
    expect(recogniseHeader(['Action', 'Owner', 'Due date'])?.columns).toEqual({ action: 0, lead: 1, due: 2 });
  });

  it('when an unnumbered table is read, then its actions are numbered by position', () => {
    const reading = readText('log.txt', 'Finance Committee - actions from the meeting of 3 June 2024\n\nAction\tOwner\tDue date\nRefresh the fees policy\tCFO\t31/07/2024\nBrief the auditors\tHead of Finance\t30/09/2024\n');

    expect(reading.drafts.map((d) => [d.number, d.ref, d.lead, d.due])).toEqual([[1, '1', 'CFO', '2024-07-31'], [2, '2', 'Head of Finance', '2024-09-30']]);
  });
});

describe("the board's own references", () => {
  it.each([
    [5, '5', 5], ['1', '1', 1], ['5.', '5', 5], ['01.05', '01.05', null], ['4.01', '4.01', null], ['42/20', '42/20', null],
    ['BOD 24/18(b)', 'BOD 24/18(b)', null], ['21 BCFU 07', '21 BCFU 07', null], ['2a', '2a', null],
  ])('when the reference cell is %p, then the reference is %p (whole number %p)', (cell, ref, whole) => {
    expect(parseRefCell(cell)).toEqual({ kind: 'ref', ref, whole });
  });

  it.each([['0'], ['TBC'], ['See the minutes of the last meeting for this one']])('when the reference cell is %p, then it is not a reference', (cell) => {
    expect(parseRefCell(cell).kind).toBe('invalid');
  });

  it('when two rows repeat a reference such as 4.01, then the second is a problem naming both places', () => {
    const reading = readText('log.txt', 'Board actions from the meeting of 3 June 2024\n\nRef\tAction\tLead\n4.01\tA\tCFO\n4.01\tB\tCFO\n');

    expect(reading.drafts.map((d) => d.text)).toEqual(['A']);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Line 5: action 4.01 has the same reference as line 4 (expected each action to have its own reference); only line 4 was kept.',
    ]);
  });
});

describe('workbooks with several action tables', () => {
  it('when two sheets hold action tables, then the first is read, its rows name the sheet, and the other is a warning', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['Open', 'Closed']) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(['Audit Committee - actions from the meeting of 12 May 2022']);
      sheet.addRow(['No.', 'Action', 'Lead', 'Due']);
      sheet.addRow([1, `${name} action`, '', '30/06/2022']);
    }

    const reading = await readDocument('audit.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));

    expect(reading.drafts.map((d) => [d.text, d.place])).toEqual([['Open action', { sheet: 'Open', row: 3 }]]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Sheet "Open", row 3: action 1 has no lead (expected a name such as "MPS" in the Lead column).',
      'Sheet "Closed" also has an action table; only sheet "Open" was read (expected one action table per workbook; import the other sheet saved on its own).',
    ]);
  });
});
