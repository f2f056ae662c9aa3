import { readText } from '../../../src/import/read-text';

const shape = (text: string) => readText('parish.txt', text).drafts.map((d) => [d.lead, d.text]);

describe('sub-items "(i) (ii) (iii)" and capital labels without a colon', () => {
  it('when each sub-item of an item closes with its own label, then each label takes its own sub-item\'s sentence, never the one above', () => {
    expect(shape([
      'Minutes of the meeting of the Parish Council held on Monday 2nd December 2024',
      '',
      '24/115 Highways',
      '(i) The pothole on Church Lane has been reported again. Clerk to chase County Highways. ACTION CLERK',
      '(ii) Councillors discussed the speed sign. The sign is to be moved to Mill Lane. ACTION: Cllr Ames',
      '(iii) Grit bin at Mill Road to be refilled. ACTION: Cllr Wetherby',
    ].join('\n'))).toEqual([
      ['Clerk', 'Clerk to chase County Highways.'],
      ['Cllr Ames', 'The sign is to be moved to Mill Lane.'],
      ['Cllr Wetherby', 'Grit bin at Mill Road to be refilled.'],
    ]);
  });

  it('when "(a)" and "(b)" sub-items stand under an "ACTION: owner" line\'s paragraph, then only the nearest sub-item is its action', () => {
    expect(shape([
      'Minutes of the meeting of the Town Council held on 4 February 2025',
      '',
      '12. Allotments',
      '(a) The waiting list was noted.',
      '(b) It was agreed that the water troughs would be repaired.',
      'ACTION: TREASURER',
    ].join('\n'))).toEqual([['TREASURER', 'It was agreed that the water troughs would be repaired.']]);
  });
});
