import { readDocument } from '../../../src/import/read-document';
import { minutesDocx } from './minutes-documents';

/**
 * Minutes in Word: each paragraph and each list item is its own paragraph (the converted text has a blank
 * line after each), headings are Word headings and lists are Word's own bullets and numbering.
 */
describe('minutes written in Word', () => {
  it('when a school governors\' list of actions is Word bullets and numbering under "Actions:", then every item is an action led by its owner', async () => {
    const bytes = await minutesDocx([
      'Willow Lane Academy - Local Governing Body',
      'Minutes of the meeting held on 8 October 2025',
      { heading: '2. Curriculum' },
      'Governors discussed the phonics results.',
      'Actions:',
      { bullets: ['KP to share the phonics intervention plan by 31 October.', 'Headteacher to invite the English lead to the next meeting.'] },
      'Actions agreed:',
      { numbered: ['Clerk to circulate the governor visit rota.', 'Chair to agree the visit dates with the Headteacher.'] },
      { heading: '3. Finance' },
      'Governors noted the budget.',
    ]);

    const reading = await readDocument('governors.docx', bytes);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['KP', 'KP to share the phonics intervention plan by 31 October.'],
      ['Headteacher', 'Headteacher to invite the English lead to the next meeting.'],
      ['Clerk', 'Clerk to circulate the governor visit rota.'],
      ['Chair', 'Chair to agree the visit dates with the Headteacher.'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a housing board\'s Word minutes put a bold "ACTION: EM" mid-paragraph and a dashed label, then both are actions with their leads', async () => {
    const bytes = await minutesDocx([
      'Minutes of the Board meeting held on 25 September 2025',
      { heading: '6. Treasury' },
      { runs: [{ text: 'The Board approved the treasury strategy. ' }, { text: 'ACTION: EM', bold: true }, { text: ' to confirm the covenant headroom by mid-November.' }] },
      'Action \u2013 JB (Company Secretary) to update the register of interests before the AGM.',
    ]);

    const reading = await readDocument('board.docx', bytes);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['EM', 'EM to confirm the covenant headroom by mid-November.'],
      ['JB', 'JB (Company Secretary) to update the register of interests before the AGM.'],
    ]);
  });

  it('when a charity\'s "ACTION: <owner>" paragraph stands under a Word heading, then the paragraph below is the action; a lone "<name> to \u2026" paragraph is a suggestion', async () => {
    const bytes = await minutesDocx([
      "Minutes of the trustees' meeting held on 14 October 2025",
      { heading: '3. Finance' },
      'ACTION: Treasurer',
      'The management accounts were noted. Trustees agreed to review the reserves policy in the spring.',
      { heading: '7. Any other business' },
      'Tom Whitcombe to arrange the trustee away day for early 2026.',
    ]);

    const reading = await readDocument('trustees.docx', bytes);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([['Treasurer', 'Trustees agreed to review the reserves policy in the spring.']]);
    expect(reading.suggestions.map((s) => [s.lead, s.text])).toEqual([['Tom Whitcombe', 'Tom Whitcombe to arrange the trustee away day for early 2026.']]);
  });
});
