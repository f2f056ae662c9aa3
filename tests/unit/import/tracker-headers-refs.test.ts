import ExcelJS from 'exceljs';
import { convertDocxHtml } from '../../../src/import/docx-html-text';
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
    ['BRAG', 'status'], ['BRAG rating', 'status'], ['B/R/A/G', 'status'], ['O/C', 'status'], ['Open / Closed', 'status'], ['Proposed to open/close', 'status'],
  ])('when a header says %p, then it is the %s column', (text, field) => {
    expect(fieldOfHeader(text)).toBe(field);
  });

  it('when the status sits in BRAG and O/C columns, or a "Proposed to open/close" column says Close, then each row gets its status', async () => {
    const brag = await readDocument('brag.csv', Buffer.from('Status Committee - actions from 9 January 2024\nNo.,Action,Lead,Deadline,BRAG,O/C\n1,Circulate the report,CFO,2 weeks,Blue,C\n2,Share the data,CFO,2 weeks,Red,O\n'));
    expect(brag.drafts.map((d) => [d.number, d.status])).toEqual([[1, 'complete'], [2, 'red']]);
    const close = await readDocument('close.csv', Buffer.from('Audit Committee - actions from 25 September 2023\nRef,Recommendation,Responsible Officer,Due date,Proposed to open/close\n21 BCFU 07,Refresh the fraud policy,Head of Audit,31/12/2023,Close\n21 BCFU 08,Test the controls,Head of Audit,31/03/2024,Open\n'));
    expect(close.drafts.map((d) => [d.ref, d.status ?? null, d.proposedForClosure ?? false])).toEqual([['21 BCFU 07', 'complete', true], ['21 BCFU 08', null, false]]);
  });

  it('when a worksheet\'s references are numbers shown with two decimals (4.10, 4.01), then each is kept as Excel shows it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.addRow(['Combined Authority - actions from 5 February 2024']);
    ws.addRow(['Ref', 'Action', 'Lead', 'Due date']);
    ws.addRow([4.1, 'Publish the transport plan', 'Director of Transport', '31/03/2024']);
    ws.addRow([4.01, 'Brief the mayor', 'Chief Executive', '30/04/2024']);
    ws.getColumn(1).numFmt = '0.00';
    const reading = await readDocument('refs.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => d.ref)).toEqual(['4.10', '4.01']);
  });

  it('when a worksheet\'s table starts in column C with a note under it, then the note is not an action or an error', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.getCell('C1').value = 'Governing Body - actions from 5 February 2024';
    ['No.', 'Action', 'Lead', 'Due date'].forEach((h, i) => { ws.getRow(2).getCell(3 + i).value = h; });
    [[1, 'Publish the register of interests', 'Company Secretary', '31/03/2024'], [2, 'Review the risk appetite', 'Chair', '30/04/2024']]
      .forEach((r, j) => r.forEach((v, i) => { ws.getRow(3 + j).getCell(3 + i).value = v; }));
    ws.getCell('C6').value = 'Note: completed actions are removed after the next meeting.';
    const reading = await readDocument('offset.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect([reading.board, reading.meetingDate]).toEqual(['Governing Body', '2024-02-05']);
    expect(reading.drafts.map((d) => [d.ref, d.lead, d.due])).toEqual([['1', 'Company Secretary', '2024-03-31'], ['2', 'Chair', '2024-04-30']]);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('when a table is laid out with spaces (no tabs or bars), then each column is read where its heading starts, a long cell running over included', () => {
    const text = ['Quality Committee - actions from 9 January 2024', '',
      'No.  Action                       Lead         Timing',
      '1    Share the trajectory         Dir of Ops   2 weeks',
      '2    Bring the plan               Chief Nurse  Mar-24',
      '3    Audit the discharge letters  Medical Director  End of February', '',
      'Members noted the update.  The chair closed the meeting.'].join('\n');
    const reading = readText('a5.txt', text);
    expect(reading.drafts.map((d) => [d.ref, d.text, d.lead, d.timing, d.place.line])).toEqual([
      ['1', 'Share the trajectory', 'Dir of Ops', '2 weeks', 4],
      ['2', 'Bring the plan', 'Chief Nurse', 'Mar-24', 5],
      ['3', 'Audit the discharge letters', 'Medical Director', 'End of February', 6],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a pipe table is written without its outer bars, then it is read like one with them; a bar in prose is not a table', () => {
    const table = 'Greyfield Planning Committee - actions from 5 March 2024\n\nRef | Action | Owner | Due date | Status\n--- | --- | --- | --- | ---\nPH/24/01 | Write to the authority | Clerk | 2 weeks | Complete\nPH/24/02 | Bring the enforcement report | Planning Officer | 30/04/2024 | Open\n';
    const reading = readText('pp2.txt', table);
    expect(reading.drafts.map((d) => [d.ref, d.lead, d.timing, d.due ?? null, d.status ?? null])).toEqual([
      ['PH/24/01', 'Clerk', '2 weeks', null, 'complete'], ['PH/24/02', 'Planning Officer', '', '2024-04-30', null],
    ]);
    expect(readText('prose.txt', 'MOPAC MPS Oversight Board\nActions from 21 April 2022 Meeting\n\nAction 1: MPS to share the arrest | stop data by 13 May.\n').drafts.map((d) => [d.lead, d.text])).toEqual([['MPS', 'MPS to share the arrest | stop data by 13 May.']]);
  });

  it('when a comment says the deadline was extended, deferred or revised, then that is the due date, the original kept, and the preview says so', async () => {
    const csv = ['Audit Committee - actions from 25 September 2023', 'No.,Action,Lead,Due date,Status,Comments',
      '1,Bring the counter-fraud strategy,Head of Audit,End October,Deferred,Deadline extended to 31 January 2024',
      '2,Present the AGS action plan,Monitoring Officer,Nov-23,Delayed,Item deferred to the March meeting',
      '3,Confirm the audit fee,S151 Officer,30/11/2023,Amber,Revised due date 15/12/2023',
      '4,Widen the survey,S151 Officer,30/11/2023,Amber,Consultation extended to 1000 residents', ''].join('\n');
    const reading = await readDocument('rev.csv', Buffer.from(csv));
    expect(reading.drafts.map((d) => [d.number, d.due ?? null, d.timing, d.originalDue ?? null, d.originalTiming ?? null])).toEqual([
      [1, '2024-01-31', '', null, 'End October'],
      [2, null, 'the March meeting', null, 'Nov-23'],
      [3, '2023-12-15', '', '2023-11-30', '30/11/2023'],
      [4, '2023-11-30', '', null, null],
    ]);
    expect(reading.problems.filter((p) => p.field === 'revisedDue').map((p) => [p.place.row, p.severity])).toEqual([[3, 'warning'], [4, 'warning'], [5, 'warning']]);
  });

  it('when a table has no number column but an action, a lead and a due date, then it is an action table', () => {
    expect(recogniseHeader(['Action', 'Owner', 'Due date'])?.columns).toEqual({ action: 0, lead: 1, due: 2 });
  });

  it('when an unnumbered table is read, then its actions are numbered by position', () => {
    const reading = readText('log.txt', 'Finance Committee - actions from the meeting of 3 June 2024\n\nAction\tOwner\tDue date\nRefresh the fees policy\tCFO\t31/07/2024\nBrief the auditors\tHead of Finance\t30/09/2024\n');

    expect(reading.drafts.map((d) => [d.number, d.ref, d.lead, d.due])).toEqual([[1, '1', 'CFO', '2024-07-31'], [2, '2', 'Head of Finance', '2024-09-30']]);
  });
});

describe('a Relevant Item, Agenda item or Paper column', () => {
  const minutes = (headings: string, rows: string[]): string =>
    ['Police and Crime Panel - actions from 12 March 2024', '', headings, ...rows].join('\n');

  it.each([['Relevant Item'], ['Agenda item'], ['Paper']])('when a table has no number column and its %s column holds references, then they are the actions\' references', (heading) => {
    const reading = readText('panel.txt', minutes(`${heading}\tAction\tLead`, ['45.16\tShare the stop and search data\tChief Constable', 'PCP 24/7(b)\tReport on call waiting times\tHead of Contact']));
    expect(reading.drafts.map((d) => [d.ref, d.lead])).toEqual([['45.16', 'Chief Constable'], ['PCP 24/7(b)', 'Head of Contact']]);
    expect(reading.problems).toEqual([]);
  });

  it('when the item column names the paper in words, then it is the topic (strand) and the actions are numbered by position', () => {
    const reading = readText('panel.txt', minutes('Paper\tAction\tLead\tDue date', ['Stop and search update\tShare the data\tChief Constable\t30/04/2024', 'Contact centre\tReport on waiting times\tHead of Contact\t31/05/2024']));
    expect(reading.drafts.map((d) => [d.ref, d.strand])).toEqual([['1', 'Stop and search update'], ['2', 'Contact centre']]);
  });

  it('when a table has both a No. column and a Relevant Item column of references, then No. is the reference and one warning says the item is not kept', () => {
    const reading = readText('panel.txt', minutes('No.\tRelevant Item\tAction\tLead', ['1\t45.16\tShare the data\tChief Constable', '2\t45.17\tReport on waiting times\tHead of Contact']));
    expect(reading.drafts.map((d) => d.ref)).toEqual(['1', '2']);
    expect(reading.problems.map((p) => [p.severity, p.field, p.place.line])).toEqual([['warning', 'item', 4]]);
    expect(reading.problems[0]!.message).toContain('"Relevant Item" column ("45.16") is not kept');
  });
});

describe("the board's own references", () => {
  it.each([
    [5, '5', 5], ['1', '1', 1], ['5.', '5', 5], ['01.05', '01.05', null], ['4.01', '4.01', null], ['42/20', '42/20', null],
    ['BOD 24/18(b)', 'BOD 24/18(b)', null], ['21 BCFU 07', '21 BCFU 07', null], ['2a', '2a', null],
    ['KT/00', 'KT/00', null], ['A0', 'A0', null], ['FIN 00/3', 'FIN 00/3', null], ['R-000', 'R-000', null],
  ])('when the reference cell is %p, then the reference is %p (whole number %p)', (cell, ref, whole) => {
    expect(parseRefCell(cell)).toEqual({ kind: 'ref', ref, whole });
  });

  it.each([['0'], ['00'], ['0.0'], ['Action 0'], ['No. 00'], ['TBC'], ['See the minutes of the last meeting for this one']])('when the reference cell is %p, then it is not a reference', (cell) => {
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
  it('when two sheets of one meeting hold action tables, then both are read, their rows name the sheet, and a repeated number is a duplicate', async () => {
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
      'Sheet "Closed", row 3: action 1 has no lead (expected a name such as "MPS" in the Lead column).',
      'Sheet "Closed", row 3: action 1 has the same number as sheet "Open", row 3 (expected each action to have its own number); only sheet "Open", row 3 was kept.',
    ]);
  });
});

describe('Word tables converted to lines', () => {
  it('when cells are merged down in the first and a middle column and across a row, then each row line carries them, with its table and row', () => {
    const html =
      '<p>Intro</p><table><tr><td>Paper</td><td>No.</td><td>Action</td><td>Lead</td></tr>' +
      '<tr><td rowspan="2">Finance</td><td>1</td><td>Set the budget</td><td rowspan="2">CFO</td></tr>' +
      '<tr><td>2</td><td>Agree the fees</td></tr>' +
      '<tr><td colspan="4">Held over</td></tr>' +
      '<tr><td>Estates</td><td>3</td><td>Fix the roof</td><td>DoE</td></tr></table>';

    const { text, places } = convertDocxHtml(html);

    expect(text.split('\n')).toEqual([
      'Intro', '', 'Paper\tNo.\tAction\tLead', 'Finance\t1\tSet the budget\tCFO', 'Finance\t2\tAgree the fees\tCFO', 'Held over\t\t\t', 'Estates\t3\tFix the roof\tDoE', '',
    ]);
    expect(places.slice(2, 7)).toEqual([{ table: 1, row: 1 }, { table: 1, row: 2 }, { table: 1, row: 3 }, { table: 1, row: 4 }, { table: 1, row: 5 }]);
  });
});

describe('section rows in a table without a number column', () => {
  it('when a row has only its action text in the first column, then it is an action with no lead, not a section; a dated heading still is a section', () => {
    const reading = readText('log.txt', 'Finance Committee - actions from the meeting of 3 June 2024\n\nAction\tOwner\tDue date\nActions from meeting on 6 May 2024\nRefresh the fees policy\tCFO\t31/07/2024\nBrief the auditors on the new ledger\t\t\n');

    expect(reading.drafts.map((d) => [d.text, d.lead, d.meetingDate])).toEqual([
      ['Refresh the fees policy', 'CFO', '2024-05-06'], ['Brief the auditors on the new ledger', '', '2024-05-06'],
    ]);
    expect(reading.problems.map((p) => p.field)).toEqual(['lead']);
  });
});

describe('where a table starts in a workbook', () => {
  it('when a cover block of 14 rows sits above the header and a formula lost its reference, then the table is still found and the #REF! is named', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tracker');
    for (let i = 1; i <= 14; i += 1) sheet.addRow([`Cover note line ${i}`]);
    sheet.addRow(['Ref', 'Action', 'Owner', 'Due date']);
    sheet.addRow(['T1', 'Review the safeguarding policy', 'Chair of Trustees', new Date(Date.UTC(2024, 5, 30))]);
    sheet.addRow(['T2', 'Renew the insurance', 'Treasurer', { formula: 'Sheet9!A1', result: { error: '#REF!' } } as ExcelJS.CellValue]);

    const reading = await readDocument('trustees-tracker.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));

    expect(reading.drafts.map((d) => [d.ref, d.due])).toEqual([['T1', '2024-06-30']]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Row 17: the "Due date" column has "#REF!", a spreadsheet error left by a formula (expected a date; fix the formula or paste the values).',
    ]);
  });
});

describe('a Status column beside a RAG column', () => {
  it('when Status says Open/Closed and RAG gives the colour, then closed wins, else the colour, and narrative in either is kept with a warning', () => {
    const reading = readText('log.txt', [
      'Audit and Risk Committee - actions from the meeting of 9 July 2024',
      '',
      'Ref\tAction\tLead\tStatus\tRAG',
      'ARC 1\tRefresh the risk appetite\tCFO\tOpen\tAmber',
      'ARC 2\tClose the internal audit plan\tHead of Audit\tClosed\tGreen',
      'ARC 3\tReview cyber insurance\tCIO\tOpen\tWaiting for quotes',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.ref, d.status, d.update])).toEqual([
      ['ARC 1', 'amber', undefined], ['ARC 2', 'complete', undefined], ['ARC 3', undefined, 'Waiting for quotes'],
    ]);
    expect(reading.problems.map((p) => [p.severity, p.field, p.message.split(',')[0]])).toEqual([['warning', 'secondStatus', 'Line 6: the "RAG" column has "Waiting for quotes"']]);
  });
});

describe('a title row inside a Word table', () => {
  it('when the first row of the table is the title merged across, then it gives the board and meeting, and rows keep their Word numbers', () => {
    const html =
      '<table><tr><td colspan="3">Finance Committee - actions from the meeting of 3 June 2024</td></tr>' +
      '<tr><td>No.</td><td>Action</td><td>Lead</td></tr><tr><td>1</td><td>Refresh the fees policy</td><td></td></tr></table>';
    const { text, places } = convertDocxHtml(html);

    const reading = readText('finance.docx', text, places);

    expect([reading.board, reading.meetingDate]).toEqual(['Finance Committee', '2024-06-03']);
    expect(reading.problems.map((p) => p.message)).toEqual(['Table 1, row 3: action 1 has no lead (expected a name such as "MPS" in the Lead column).']);
  });
});

describe('places in a Word document', () => {
  it('when a Word table repeats a number, then the problem names both rows as Word counts them, not lines of converted text', () => {
    const html = '<p>Finance Committee</p><p>Actions from the meeting of 3 June 2024</p>' +
      '<table><tr><td>No.</td><td>Action</td><td>Lead</td></tr><tr><td>1</td><td>Set the budget</td><td>CFO</td></tr><tr><td>1</td><td>Agree the fees</td><td>CFO</td></tr></table>';
    const { text, places } = convertDocxHtml(html);

    const reading = readText('finance.docx', text, places);

    expect(reading.problems.map((p) => [p.place, p.message])).toEqual([[
      { table: 1, row: 3 },
      'Table 1, row 3: action 1 has the same number as table 1, row 2 (expected each action to have its own number); only table 1, row 2 was kept.',
    ]]);
  });
});
