import { convertDocxHtml } from '../../../src/import/docx-html-text';
import { fieldOfHeader } from '../../../src/import/header-columns';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';

describe('action headings as US, Australian and club trackers write them', () => {
  it.each([
    ['Action Item', 'action'], ['Action Items', 'action'], ['Task', 'action'], ['What', 'action'],
    ['Item #', 'number'], ['Ref #', 'number'], ['Item No', 'number'], ['Item No.', 'number'], ['Item Number', 'number'],
  ])('when a header says %p, then it is the %s column', (text, field) => {
    expect(fieldOfHeader(text)).toBe(field);
  });

  it('when a tab table is headed "Item # | Action Item | Responsible | Due Date | Status", then each row is an action', () => {
    const reading = readText('board.txt', 'Riverside Food Pantry Board - actions from 9 April 2024\n\nItem #\tAction Item\tResponsible\tDue Date\tStatus\n'
      + '24-1\tFile the annual return\tTreasurer\t15/05/2024\tIn Progress\n24-2\tRecruit two directors\tChair\t30/06/2024\tNot Started\n');
    expect(reading.drafts.map((d) => [d.ref, d.text, d.lead, d.status ?? null])).toEqual([
      ['24-1', 'File the annual return', 'Treasurer', 'on_track'], ['24-2', 'Recruit two directors', 'Chair', null]]);
  });

  it('when the reference column comes last ("| Task | Responsible | Due Date | Ref # |"), then each row keeps its reference', () => {
    const reading = readText('aric.md', 'Shire of Yallan Audit Committee - actions from 12 March 2024\n\n| Task | Responsible | Due Date | Ref # |\n|---|---|---|---|\n'
      + '| Review the asset register | Finance Manager | 15 Apr 2024 | AC 24/1 |\n| Update the fraud plan | Governance Lead | 30 Jun 2024 | AC 24/2 |\n');
    expect(reading.drafts.map((d) => [d.ref, d.text, d.lead])).toEqual([
      ['AC 24/1', 'Review the asset register', 'Finance Manager'], ['AC 24/2', 'Update the fraud plan', 'Governance Lead']]);
  });

  it('when a Word document has an attendance table before a "# | What | By whom | By when" table, then the actions come from the second', () => {
    const html = '<p>Meadow Trust Trustee Board - actions from 7 November 2023</p>'
      + '<table><tr><td>Name</td><td>Role</td><td>Present</td></tr><tr><td>Ann Lee</td><td>Chair</td><td>Yes</td></tr></table>'
      + '<table><tr><td>#</td><td>What</td><td>By whom</td><td>By when</td></tr>'
      + '<tr><td>1</td><td>Renew the insurance</td><td>Treasurer</td><td>end of the month</td></tr>'
      + '<tr><td>2</td><td>Recruit volunteers</td><td>Coordinator</td><td>before April</td></tr></table>';
    const { text, places } = convertDocxHtml(html);
    const reading = readText('trust.docx', text, places);
    expect(reading.drafts.map((d) => [d.number, d.text, d.lead])).toEqual([[1, 'Renew the insurance', 'Treasurer'], [2, 'Recruit volunteers', 'Coordinator']]);
  });

  it.each([';', '\t'])('when a CSV is separated by %p under title rows, headed "No.|Item|Who|When|Done?" with ticks and crosses, then each row is read', async (sep) => {
    const rows = [['Committee: Hillside Rowing Club'], ['Meeting: 3 May 2024'], ['No.', 'Item', 'Who', 'When', 'Done?'],
      ['1', 'Order new oars', 'Captain', '31/05/2024', '\u2713'], ['2', 'Book the regatta bus', 'Secretary', '30/06/2024', '\u2717'],
      ['3', 'Renew the boathouse lease', 'Treasurer', '31/07/2024', '\u2714']];
    const reading = await readDocument('club.csv', Buffer.from(rows.map((r) => r.join(sep)).join('\n')));
    expect(reading.drafts.map((d) => [d.number, d.text, d.lead, d.status ?? null])).toEqual([
      [1, 'Order new oars', 'Captain', 'complete'], [2, 'Book the regatta bus', 'Secretary', null], [3, 'Renew the boathouse lease', 'Treasurer', 'complete']]);
  });

  it('when "Item" is the only text column beside Who and When, with no number column, then it is the action', async () => {
    const reading = await readDocument('club.csv', Buffer.from('Hillside Rowing Club committee - actions from 3 May 2024\nItem,Who,When\nOrder new oars,Captain,31/05/2024\n'));
    expect(reading.drafts.map((d) => [d.text, d.lead])).toEqual([['Order new oars', 'Captain']]);
  });
});

describe('space-aligned tables with a row out of line', () => {
  it.each([1, 2])('when a row\'s lead starts %p character(s) before its heading, then the lead is still read', (shift) => {
    const pad = (t: string, n: number): string => t.padEnd(n);
    const rows = [
      `${pad('Ref', 10)}${pad('Action', 40)}${pad('Lead', 20)}Status`,
      `${pad('T-1', 10)}${pad('Publish the bus consultation', 40)}${pad('Director', 20)}Amber`,
      `${pad('T-2', 10)}${pad('Circulate the fund allocations', 40 - shift)}${pad('Programme Manager', 20 + shift)}Blue`,
    ];
    const reading = readText('tracker.txt', `Transport Committee - actions from 2 September 2024\n\n${rows.join('\n')}\n`);
    expect(reading.drafts.map((d) => [d.ref, d.text, d.lead])).toEqual([
      ['T-1', 'Publish the bus consultation', 'Director'], ['T-2', 'Circulate the fund allocations', 'Programme Manager']]);
  });
});
