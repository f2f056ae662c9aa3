import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { minutesDocx } from './minutes-documents';

const bold = (text: string) => ({ runs: [{ text, bold: true }] });

describe('"ACTION: <owner>" alone, with the task carried on below it ("To circulate …")', () => {
  it('when a council\'s Word minutes put "ACTION: Inspector Mensah" between the item\'s report and "To circulate …", then the task below is the action, not the report above', async () => {
    const bytes = await minutesDocx([
      'Eastmoor District Council - Overview and Scrutiny Committee',
      'Minutes of the meeting held on 12 March 2025',
      bold('51. Parking Enforcement Review'),
      'The Parking Manager introduced the report.',
      'ACTION: Parking Manager to report the permit backlog by 4 April 2025.',
      bold('52. Community Safety Plan'),
      'Inspector Mensah presented the report.',
      'ACTION: Inspector Mensah',
      'To circulate the revised patrol map to all members within one month.',
      bold('53. Work Programme'),
      'The meeting closed at 8.40 pm.',
    ]);

    const reading = await readDocument('scrutiny.docx', bytes);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Parking Manager', 'Parking Manager to report the permit backlog by 4 April 2025.'],
      ['Inspector Mensah', 'Inspector Mensah to circulate the revised patrol map to all members within one month.'],
    ]);
    expect(reading.suggestions).toEqual([]);
  });

  it('when a text file writes "ACTION: Clerk" then "to write to the highways authority …" under a numbered title, then the owner leads that task', () => {
    const reading = readText('parish.txt', [
      'Oakhurst Parish Council - minutes of the meeting held on 6 May 2025',
      '',
      '14. Speeding on Mill Lane',
      'Residents described near misses outside the school.',
      'ACTION: Clerk',
      'to write to the highways authority asking for a speed survey.',
      '15. Allotments',
      'The waiting list was noted.',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.text, d.place.line])).toEqual([
      ['Clerk', 'Clerk to write to the highways authority asking for a speed survey.', 5],
    ]);
  });
});

describe('"ACTION: <owner>" alone between two paragraphs', () => {
  it('when the label is written against the paragraph above (a blank line below it), then the paragraph above is the action, even when the next one agrees something too', () => {
    const reading = readText('trust.txt', [
      'Harrowfield NHS Trust - Finance Committee - minutes of 2 June 2025',
      '',
      'The committee agreed that the capital plan would be re-phased before July.',
      'ACTION: Director of Finance',
      '',
      'Members agreed to defer the estates strategy to the autumn.',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Director of Finance', 'The committee agreed that the capital plan would be re-phased before July.'],
    ]);
  });

  it('when the label is written against the paragraph below (a blank line above it), then the paragraph below is the action, not the previous item\'s text', () => {
    const reading = readText('trust.md', [
      '# Harrowfield NHS Trust - Finance Committee - minutes of 2 June 2025',
      '',
      'The committee agreed that the capital plan would be re-phased before July.',
      '',
      'ACTION: Head of Estates',
      'The committee agreed to commission a condition survey of the north wing.',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Head of Estates', 'The committee agreed to commission a condition survey of the north wing.'],
    ]);
  });

  it('when Word spaces every paragraph alike, then the side whose paragraph says what was agreed is the action', async () => {
    const bytes = await minutesDocx([
      'Minutes of the Board of Trustees held on 9 July 2025',
      bold('4. Fundraising'),
      'The Head of Fundraising presented the quarter\'s income.',
      'ACTION: Head of Fundraising',
      'Trustees agreed that a legacy campaign would be costed for September.',
      bold('5. Safeguarding'),
      'Trustees agreed to adopt the revised safeguarding policy.',
      'ACTION: Safeguarding Trustee',
      'The Chair thanked the volunteers.',
    ]);

    const reading = await readDocument('trustees.docx', bytes);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Head of Fundraising', 'Trustees agreed that a legacy campaign would be costed for September.'],
      ['Safeguarding Trustee', 'Trustees agreed to adopt the revised safeguarding policy.'],
    ]);
  });

  it('when both paragraphs agree something and nothing in the layout tells which is meant, then both are offered as suggestions and a warning names the line: no action on a guess', async () => {
    const bytes = await minutesDocx([
      'Minutes of the Audit Committee held on 15 January 2025',
      bold('7. Internal audit'),
      'The committee agreed that the payroll audit would be brought forward.',
      'ACTION: Head of Internal Audit',
      'Members agreed to receive the fraud risk register in April.',
    ]);

    const reading = await readDocument('audit.docx', bytes);

    expect(reading.drafts).toEqual([]);
    expect(reading.suggestions.map((s) => [s.lead, s.text])).toEqual([
      ['Head of Internal Audit', 'The committee agreed that the payroll audit would be brought forward.'],
      ['Head of Internal Audit', 'Members agreed to receive the fraud risk register in April.'],
    ]);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]!.severity).toBe('warning');
    expect(reading.problems[0]!.message).toMatch(/"ACTION: Head of Internal Audit" stands between two paragraphs/);
  });

  it('when the label is written against a paragraph that agrees nothing while the other side agrees something, then it is offered, not imported', () => {
    const reading = readText('panel.txt', [
      'Police and Crime Panel - minutes of 20 March 2025',
      '',
      'The panel agreed to invite the Chief Constable to the June meeting.',
      '',
      'ACTION: Panel Officer',
      'The Commissioner presented the precept report.',
    ].join('\n'));

    expect(reading.drafts).toEqual([]);
    expect(reading.suggestions.map((s) => s.lead)).toEqual(['Panel Officer', 'Panel Officer']);
  });
});

describe('"ACTION: <owner>" under a title with no blank line', () => {
  it('when a numbered title stands directly above the label, then the paragraph above the title (the previous item) is never taken', () => {
    const reading = readText('council.txt', [
      'Minutes of the Cabinet meeting held on 3 February 2025',
      '21. Leisure Centres',
      'Cabinet agreed to extend the leisure contract by one year.',
      '22. Waste Collection',
      'ACTION: Head of Waste',
      'Cabinet agreed that a garden waste charge would be consulted on.',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Head of Waste', 'Cabinet agreed that a garden waste charge would be consulted on.'],
    ]);
  });
});
