import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { minutesDocx } from './minutes-documents';

const row = (d: { lead: string; text: string; timing: string }) => [d.lead, d.text, d.timing];

describe('"Actions agreed:" items with the owner beside the task', () => {
  it('when a hospice\'s list puts the owner in brackets, square brackets or between dashes, then each item is led by that owner with the timing after it', () => {
    const reading = readText('hospice.md', [
      'Meadowside Hospice - Board of Trustees',
      'Minutes of meeting, 8 April 2025',
      '',
      'Actions agreed:',
      '- Write to the council about the lease renewal (Chair) \u2013 end of month',
      '- Update the risk register [Finance Director] by 30 June',
      '- Present the patient experience report \u2013 Director of Nursing \u2013 July meeting',
      '- All trustees to complete the conflicts of interest declaration by 31/05/2025',
    ].join('\n'));

    expect(reading.drafts.map(row)).toEqual([
      ['Chair', 'Write to the council about the lease renewal', 'end of month'],
      ['Finance Director', 'Update the risk register', '30 June'],
      ['Director of Nursing', 'Present the patient experience report', 'July meeting'],
      ['All trustees', 'All trustees to complete the conflicts of interest declaration by 31/05/2025', ''],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a governors\' numbered list ends items with the owner alone ("(Clerk)", "- Headteacher", "[SENCo Governor]."), then each is led by it with no timing', () => {
    const reading = readText('governors.txt', [
      'Minutes of the Local Governing Body held on 10 June 2025',
      '',
      'Action points',
      '1. Publish the admissions arrangements (Clerk)',
      '2. Arrange the pupil voice visit - Headteacher',
      '3. Review the SEND information report [SENCo Governor].',
    ].join('\n'));

    expect(reading.drafts.map(row)).toEqual([
      ['Clerk', 'Publish the admissions arrangements', ''],
      ['Headteacher', 'Arrange the pupil voice visit', ''],
      ['SENCo Governor', 'Review the SEND information report', ''],
    ]);
  });

  it('when a Word list of actions puts the owner in brackets, then it is read the same way', async () => {
    const bytes = await minutesDocx([
      'Minutes of the Finance and Audit Committee held on 22 May 2025',
      'Actions agreed:',
      { bullets: ['Obtain three quotes for the roof repairs (Estates Manager) - September meeting', 'Circulate the draft accounts [Treasurer] by 15 June'] },
    ]);

    const reading = await readDocument('finance.docx', bytes);

    expect(reading.drafts.map(row)).toEqual([
      ['Estates Manager', 'Obtain three quotes for the roof repairs', 'September meeting'],
      ['Treasurer', 'Circulate the draft accounts', '15 June'],
    ]);
  });

  it('when an "ACTION:" line puts the owner in brackets after the task, then it is led by that owner', () => {
    const reading = readText('trust.txt', 'Minutes of the Board held on 3 March 2025\n\nACTION: Renew the building insurance (Company Secretary) - by 31 March 2025\n');

    expect(reading.drafts.map(row)).toEqual([['Company Secretary', 'Renew the building insurance', '31 March 2025']]);
  });
});

describe('items that only look like an owner beside the task', () => {
  it('when the words after a dash or in brackets say when or are prose ("- ASAP", "- June", "(see appendix)", "(Integrated Care Board) about …"), then there is no lead and each is a problem naming the line', () => {
    const reading = readText('board.txt', [
      'Minutes of the Board held on 3 March 2025',
      '',
      'Actions:',
      '- Chase the outstanding invoices - ASAP',
      '- Finalise the budget - June',
      '- Refresh the workforce plan (see appendix)',
      '- Write to the ICB (Integrated Care Board) about the discharge delays',
    ].join('\n'));

    expect(reading.drafts.map((d) => d.lead)).toEqual(['', '', '', '']);
    expect(reading.problems.map((p) => p.place.line)).toEqual([4, 5, 6, 7]);
  });

  it('when an ACTION line names a person and a role in brackets ("ACTION: Inspector Ruiz (Community Safety)"), then the person is the owner, not a task', () => {
    const reading = readText('panel.txt', [
      'Minutes of the Police and Crime Panel held on 3 March 2025',
      '',
      'The panel agreed that the hotspot map would be shared with members.',
      'ACTION: Inspector Ruiz (Community Safety)',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([['Inspector Ruiz', 'The panel agreed that the hotspot map would be shared with members.']]);
  });
});
