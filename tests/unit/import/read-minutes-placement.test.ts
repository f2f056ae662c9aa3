import { readText } from '../../../src/import/read-text';

describe('an ACTION label in the middle of a paragraph', () => {
  /** A housing association board whose minutes put the action after the discussion, in the same paragraph. */
  const BOARD = [
    '# Fenwick Homes Housing Association',
    '## Board meeting - 25 September 2025',
    '',
    '### 6. Treasury',
    'The Board approved the treasury strategy. **ACTION: EM** to confirm the covenant headroom with the lenders by mid-November. The Chair thanked the finance team.',
    '',
    '### 7. Development',
    'Members discussed the Harbour Court scheme. ACTION: RM to report the revised build costs to the January board.',
    '',
    '### 8. Governance',
    'The Board noted the skills audit. Action: DA to circulate the board effectiveness review by the end of the month.',
    '',
    '### 9. Standing orders',
    'The Board reviewed its standing orders. Action: review the delegations in the spring.',
  ].join('\n');

  it('when "ACTION: <lead> to \u2026" follows other sentences, then the sentence after the label is the action, led by the name before "to"', () => {
    const reading = readText('board.md', BOARD);

    expect(reading.drafts.map((d) => [d.lead, d.text, d.place.line])).toEqual([
      ['EM', 'EM to confirm the covenant headroom with the lenders by mid-November.', 5],
      ['RM', 'RM to report the revised build costs to the January board.', 8],
      ['DA', 'DA to circulate the board effectiveness review by the end of the month.', 11],
    ]);
    expect(reading.suggestions).toEqual([]);
  });

  it('when the label in a paragraph names no lead, then it is a problem naming the line, never an action', () => {
    const reading = readText('board.md', BOARD);

    expect(reading.problems.map((p) => p.message)).toEqual([
      'Line 14: "Action: review the delegations in the spring." does not say who leads the action (expected a name before "to", as in "ACTION: RM to confirm the figures", or the lead alone at the end of the paragraph).',
    ]);
  });
});

describe('an "ACTION: <owner>" line above its paragraph, under an agenda heading', () => {
  /** An NHS committee's minutes that put the owner under the heading and the paragraph below it. */
  const COMMITTEE = [
    'North Vale NHS Foundation Trust - Quality Committee',
    'Minutes of the meeting held on 20 November 2025',
    '',
    '3. Finance',
    'ACTION: Chair of Finance',
    'The budget monitoring report was noted. The committee agreed to review the agency staffing spend in the spring term.',
    '',
    '4. Infection control',
    'ACTION: Director of Nursing',
    'The committee received the infection control report.',
    '',
    '5. Estates',
    'ACTION: Head of Estates',
    '',
    'The committee agreed to commission a backlog maintenance survey.',
    'ACTION: Director of Finance',
  ].join('\n');

  it('when the paragraph below says what was agreed, then that sentence is the action, never the heading', () => {
    const reading = readText('quality.txt', COMMITTEE);

    expect(reading.drafts.map((d) => [d.lead, d.text, d.place.line])).toEqual([
      ['Chair of Finance', 'The committee agreed to review the agency staffing spend in the spring term.', 5],
      ['Director of Finance', 'The committee agreed to commission a backlog maintenance survey.', 16],
    ]);
    expect(reading.drafts.some((d) => /^(?:Finance|Infection control|Estates)$/.test(d.text))).toBe(false);
  });

  it('when the paragraph below says nothing agreed, then it is offered as a suggestion with the owner, not imported', () => {
    const reading = readText('quality.txt', COMMITTEE);

    expect(reading.suggestions).toEqual([{ text: 'The committee received the infection control report.', lead: 'Director of Nursing', place: { line: 10 } }]);
  });

  it('when the paragraph below has an ACTION line of its own, then it is not taken twice: the owner above it is a problem', () => {
    const reading = readText('quality.txt', COMMITTEE);

    expect(reading.problems.map((p) => p.message)).toEqual([
      'Line 13: "ACTION: Head of Estates" names a lead but no paragraph above it says what was agreed (expected the decision in the paragraph just above the ACTION line).',
    ]);
  });

  it('when the heading is a markdown heading, then the paragraph below is read the same way', () => {
    const reading = readText('trustees.md', [
      "# Minutes of the trustees' meeting held on 4 March 2025",
      '### Finance',
      'ACTION: Treasurer',
      '',
      'Trustees agreed that the reserves policy would be reviewed before the AGM.',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([['Treasurer', 'Trustees agreed that the reserves policy would be reviewed before the AGM.']]);
  });
});

describe('"<name> to <verb> \u2026" standing alone in minutes, with no ACTION label', () => {
  /** A parish council's minutes: a lone owner line under "Any other business", and lines that are not one. */
  const PARISH = [
    'Ashby Magna Parish Council',
    'Minutes of the meeting held on 6 October 2025',
    '',
    '7. Any other business',
    'Cllr Patel to arrange the litter pick for early spring.',
    '',
    '8. Correspondence',
    'Councillors to be sent the letter from the county council.',
    '',
    'The Clerk to write to the highways authority. The Chair closed the meeting.',
  ].join('\n');

  it('when it is the only sentence of an item, then it is offered as a suggestion led by the name, not imported', () => {
    const reading = readText('parish.txt', PARISH);

    expect(reading.drafts).toEqual([]);
    expect(reading.suggestions).toEqual([{ text: 'Cllr Patel to arrange the litter pick for early spring.', lead: 'Cllr Patel', place: { line: 5 } }]);
  });

  it('when the names are passive ("to be sent") or the line is one sentence among others, then nothing is offered for it', () => {
    const reading = readText('parish.txt', PARISH);

    expect(reading.suggestions.map((s) => s.place.line)).toEqual([5]);
  });
});
