import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { minutesDocx } from './minutes-documents';

/** A police and crime panel that writes the owner, a dash, then the task. */
const PANEL = [
  'Westmarch Police and Crime Panel',
  'Minutes of the meeting held on 11 March 2025',
  '',
  '5. Precept',
  'The Panel endorsed the precept.',
  '',
  'ACTION: Head of Finance (OPCC) - provide the reserves forecast to members by 31 March 2025.',
  '',
  'ACTION: Clerk - circulate the revised rules of procedure.',
  '',
  'Actions',
  '',
  '1. JB - chase the insurers about the custody suite claim by Friday',
  '',
  '2. Scrutiny Officer: book the training venue for May',
].join('\n');

describe('an owner, a dash, then the task', () => {
  it('when an ACTION label or a list item reads "<owner> - <task>" or "<owner>: <task>", then the owner leads the task after the dash', () => {
    const reading = readText('panel.txt', PANEL);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Head of Finance', 'provide the reserves forecast to members by 31 March 2025.'],
      ['Clerk', 'circulate the revised rules of procedure.'],
      ['JB', 'chase the insurers about the custody suite claim by Friday'],
      ['Scrutiny Officer', 'book the training venue for May'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when Word minutes number the same items, then they are read the same; words before a dash that are not a lead are a problem naming the line', async () => {
    const bytes = await minutesDocx([
      PANEL.split('\n')[0]!, PANEL.split('\n')[1]!, { heading: '5. Precept' }, 'The Panel endorsed the precept.',
      'ACTION: Clerk - circulate the revised rules of procedure.',
      'Actions',
      { numbered: ['JB - chase the insurers about the custody suite claim by Friday', 'Scrutiny Officer: book the training venue for May'] },
      { heading: '6. Any other business' },
      'Action: update on the report - to follow in due course',
    ]);

    const reading = await readDocument('panel.docx', bytes);

    expect(reading.drafts.map((d) => d.lead)).toEqual(['Clerk', 'JB', 'Scrutiny Officer']);
    expect(reading.problems.map((p) => p.message)).toEqual([expect.stringContaining('"Action: update on the report - to follow in due course" does not say who leads')]);
  });
});

describe('a group as the lead', () => {
  it('when an action is for "All trustees", "Each member" or "Members", then the group is its lead (the secretariat maps it to people)', () => {
    const reading = readText('academy.txt', [
      'Fernhill Academy Trust - Board of Trustees',
      'Minutes of the meeting held on 2 December 2025',
      '',
      'Action 1: All trustees to complete the skills audit by 30 April 2026.',
      'Action 2: Each member to declare any interests before the next meeting.',
      'Actions:',
      '- All governors to visit one school this term',
      '- Members to read the safeguarding policy',
    ].join('\n'));

    expect(reading.drafts.map((d) => d.lead)).toEqual(['All trustees', 'Each member', 'All governors', 'Members']);
    expect(reading.problems).toEqual([]);
  });

  it('when Word minutes give a group the action, then it has its lead', async () => {
    const bytes = await minutesDocx(['Minutes of the Board meeting held on 2 December 2025', 'Action 4: All directors to complete the conflicts register by 31 January 2026.']);

    const reading = await readDocument('board.docx', bytes);

    expect(reading.drafts.map((d) => d.lead)).toEqual(['All directors']);
  });
});
