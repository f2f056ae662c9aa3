import { ownerAndTiming } from '../../../src/import/label-timing';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { minutesDocx } from './minutes-documents';

const shape = (text: string) => readText('minutes.txt', text).drafts.map((d) => [d.lead, d.timing, d.text]);

describe('a timing written after the owner in an action label', () => {
  it('when "ACTION: <owner> – <when>", "(<when>)" or "- by <date>" stands under a paragraph, then the timing is the action\'s and the lead is the owner alone', () => {
    const doc = [
      'Minutes of the meeting of the Quality Committee held on 13 March 2025',
      '',
      '1. Urgent care',
      'Members discussed handover delays. The Committee requested that the winter plan be shared with members.',
      'Action: Director of Performance – 31 March',
      '',
      '2. Productivity',
      'Members agreed that the Director of Operations would bring a deep-dive on theatre use.',
      'ACTION: Director of Operations (July)',
      '',
      '3. Finance',
      'It was agreed that a recovery plan for Elm Primary would be presented to the Audit Committee.',
      'ACTION: CFO - by 28th February 2025',
    ].join('\n');

    expect(shape(doc)).toEqual([
      ['Director of Performance', '31 March', 'The Committee requested that the winter plan be shared with members.'],
      ['Director of Operations', 'July', 'Members agreed that the Director of Operations would bring a deep-dive on theatre use.'],
      ['CFO', '28th February 2025', 'It was agreed that a recovery plan for Elm Primary would be presented to the Audit Committee.'],
    ]);
  });

  it('when an italic "*Action – Treasurer, mid-April*" closes a paragraph\'s line, then it is an action of the Treasurer due mid-April, not a suggestion without a lead', () => {
    const reading = readText('trustees.md', [
      '## Minutes of the Trustees\' Meeting – 11 March 2025',
      '',
      '### 4. AOB',
      'Trustees agreed to renew the vehicle insurance. *Action – Treasurer, mid-April*',
      '',
      '### 5. Premises',
      'Trustees agreed to repaint the kennels. _ACTION: Facilities Lead, end of May_',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.timing, d.text])).toEqual([
      ['Treasurer', 'mid-April', 'Trustees agreed to renew the vehicle insurance.'],
      ['Facilities Lead', 'end of May', 'Trustees agreed to repaint the kennels.'],
    ]);
    expect(reading.suggestions).toEqual([]);
  });

  it('when Word minutes label a paragraph "Action: Head of Estates – 30 April", then the lead has no timing in it', async () => {
    const bytes = await minutesDocx([
      'Minutes of the meeting of the Board held on 2 April 2025',
      { heading: '4. Estates' },
      'The Board agreed that the roof survey would be commissioned.',
      'Action: Head of Estates – 30 April',
    ]);

    const reading = await readDocument('board.docx', bytes);

    expect(reading.drafts.map((d) => [d.lead, d.timing])).toEqual([['Head of Estates', '30 April']]);
  });

  it.each([
    ['Director of Performance - 31 March', 'Director of Performance', '31 March'],
    ['FTSU Guardian / Head of ER - June', 'FTSU Guardian / Head of ER', 'June'],
    ['Chair, next meeting', 'Chair', 'next meeting'],
    ['DoF (Q1 2025/26)', 'DoF', 'Q1 2025/26'],
    ['JB (Safeguarding Governor)', 'JB (Safeguarding Governor)', ''],
    ['Clerk, Marketing Manager', 'Clerk, Marketing Manager', ''],
  ])('when the owner is written %p, then the owner is %p and the timing %p', (text, owner, timing) => {
    expect(ownerAndTiming(text)).toEqual({ owner, timing });
  });
});
