import { readText } from '../../../src/import/read-text';

const drafts = (text: string) => readText('minutes.txt', text).drafts.map((d) => [d.lead, d.text]);

describe('the sentence after a decision naming who carries it out', () => {
  it('when a parish council\'s sub-items record a decision and then "<lead> to <verb>", then each is that lead\'s action', () => {
    const text = ['Kettlewick Parish Council', 'Minutes of the meeting held on Monday 3rd February 2025 at 7pm', '',
      '25/14 Open spaces',
      '(i) Councillors agreed to replace the bench on the green. Cllr Amberley to obtain three quotes by 28th February 2025.',
      '(ii) The play area inspection report was noted.', '',
      '25/15 Finance',
      '(a) RESOLVED to approve the grant of £250 to the village hall. Clerk to send the payment by 14th February 2025.',
      '(b) It was decided that the internal auditor be reappointed. The RFO to write to the auditor.'].join('\n');

    expect(drafts(text)).toEqual([
      ['Cllr Amberley', 'Cllr Amberley to obtain three quotes by 28th February 2025.'],
      ['Clerk', 'Clerk to send the payment by 14th February 2025.'],
      ['RFO', 'The RFO to write to the auditor.'],
    ]);
  });

  it('when "<lead> to <verb>" follows a sentence that decides nothing, then it is not an action on its own', () => {
    const text = ['Kettlewick Parish Council', 'Minutes of the meeting held on 3 February 2025', '',
      '25/16 Correspondence', 'A letter from the county was read. Clerk to file it with the correspondence.'].join('\n');

    const reading = readText('minutes.txt', text);
    expect(reading.drafts).toEqual([]);
  });

  it('when a decision is followed by a sentence with no lead, then nothing is made of it but the decision\'s suggestion', () => {
    const text = ['Kettlewick Parish Council', 'Minutes of the meeting held on 3 February 2025', '',
      '25/17 Allotments', 'It was agreed that the rents stay the same. The matter will be reviewed next year.'].join('\n');

    const reading = readText('minutes.txt', text);
    expect(reading.drafts).toEqual([]);
    expect(reading.suggestions.map((s) => s.text)).toEqual(['It was agreed that the rents stay the same.']);
  });
});
