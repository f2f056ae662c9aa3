import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';

/** Rows that are not actions (keys, notes, template placeholders) and markdown cells as they show. */
describe('a key or notes under a spreadsheet table', () => {
  it('when a CSV has "Key:", "Notes:" and "* =" rows under its table, then they are not read as actions', async () => {
    const text = [
      'Wrenfield District Council Audit Committee - actions from 14 October 2025',
      'Ref,Action,Owner,Target date,RAG,Comments',
      'WD1,Refresh the anti-fraud policy,Head of Audit,30/11/2025,G,',
      'WD2,Report on the data matching exercise,Head of Audit,31/01/2026,A*,Data late',
      ',,,,,',
      'Key:,B = Complete,G = On track,A = At risk,R = Off track,',
      'Notes: actions marked B will be removed after the next meeting,,,,,',
      '* = awaiting external data,,,,,',
    ].join('\n');
    const reading = await readDocument('log.csv', Buffer.from(text));
    expect(reading.drafts.map((d) => [d.ref, d.status])).toEqual([['WD1', 'on_track'], ['WD2', 'amber']]);
    expect(reading.problems).toEqual([]);
  });
});

describe('template sheets and placeholder rows', () => {
  const header = ['Action No', 'Agenda Item', 'Action', 'Who', 'By When', 'RAG'];

  it('when a workbook has a hidden "Template" sheet of placeholders, then it is skipped and the meetings\' sheets are read', async () => {
    const workbook = new ExcelJS.Workbook();
    const meeting = workbook.addWorksheet('FGB 10.10.24');
    meeting.addRow(header);
    meeting.addRow(['10.1', 'Safeguarding', 'Check the single central record', 'DSL', '30/11/2024', 'G']);
    const template = workbook.addWorksheet('Template', { state: 'hidden' });
    template.addRow(header);
    template.addRow(['x.x', 'Item', 'Action text here', 'Name', 'Date', '']);
    const reading = await readDocument('log.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => d.ref)).toEqual(['10.1']);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('when a sheet\'s rows hold placeholders ("x.x", "[Action]", "TBC"), then they are skipped with a warning and the rest are read', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Log 12.12.24');
    sheet.addRow(header);
    sheet.addRow(['12.1', 'Finance', 'Present the budget forecast', 'CFO', '31/01/2025', 'A']);
    sheet.addRow(['x.x', 'Item', 'Action', 'Name', 'Date', '']);
    sheet.addRow(['12.3', 'Estates', '[Action]', '[Name]', '', '']);
    sheet.addRow(['12.4', 'HR', 'TBC', 'Clerk', '', '']);
    const reading = await readDocument('log.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => d.ref)).toEqual(['12.1']);
    expect(reading.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Row 3: the row holds a template\'s placeholder ("x.x"), so it is not read (expected an action; fill the row in or delete it).'],
      ['warning', 'Row 4: the row holds a template\'s placeholder ("[Action]"), so it is not read (expected an action; fill the row in or delete it).'],
      ['warning', 'Row 5: the row holds a template\'s placeholder ("TBC"), so it is not read (expected an action; fill the row in or delete it).'],
    ]);
  });
});

describe('markdown tables', () => {
  const md = [
    '# Tamsworth Council - Overview and Scrutiny Committee',
    '',
    '## Action tracker - meeting of 8 April 2025',
    '',
    '| Action ref | Action | Action owner | Due by | RAG status | Comment |',
    '|:--|:--|:--|:--:|:--:|--|',
    '| TS-04 | Share the void times \\| by ward | _Head of Housing_ | 2 May 2025 | **Complete** | Sent 29/04 |',
    '| TS-05 | Publish the `leisure-usage` figures for *each* centre | [Head of Leisure](mailto:leisure@example.org) | 30 May 2025 | __A__ | |',
  ].join('\n');

  it('when a cell has an escaped pipe "\\|", then the columns do not shift', () => {
    const reading = readText('tracker.md', md);
    expect(reading.drafts.map((d) => [d.ref, d.text, d.due, d.status])).toEqual([
      ['TS-04', 'Share the void times | by ward', '2025-05-02', 'complete'],
      ['TS-05', 'Publish the leisure-usage figures for each centre', '2025-05-30', 'amber'],
    ]);
  });

  it('when leads and actions carry inline formatting (`code`, _em_, *em*, **bold**, [text](url)), then they are plain text', () => {
    const reading = readText('tracker.md', md);
    expect(reading.drafts.map((d) => d.lead)).toEqual(['Head of Housing', 'Head of Leisure']);
    expect(reading.problems).toEqual([]);
  });
});
