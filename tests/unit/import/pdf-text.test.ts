import type { PdfPage, PdfRule, PdfTextItem } from '../../../src/import/pdf-page';
import { joinBroken } from '../../../src/import/pdf-lines';
import { pdfText } from '../../../src/import/pdf-text';
import { readText } from '../../../src/import/read-text';

/** A run of 10-point text at (x, baseline y), 5 points a character. */
const run = (text: string, x: number, y: number): PdfTextItem => ({ text, x, y, width: text.length * 5, size: 10 });
const page = (number: number, items: PdfTextItem[], rules: PdfRule[] = []): PdfPage => ({ number, width: 595, height: 842, items, rules });
const across = (y: number, x1: number, x2: number): PdfRule => ({ x1, y1: y, x2, y2: y });
const down = (x: number, y1: number, y2: number): PdfRule => ({ x1: x, y1, x2: x, y2 });

/** A bordered table: columns at the x given, row borders at the y given (each border drawn right across). */
function grid(xs: number[], ys: number[]): PdfRule[] {
  return [...ys.map((y) => across(y, xs[0]!, xs[xs.length - 1]!)), ...xs.map((x) => down(x, ys[0]!, ys[ys.length - 1]!))];
}

describe('PDF pages to text', () => {
  it('when a bordered table has cells wrapped onto several lines, then each row is one tab-separated line with the wrapped text joined', () => {
    const rules = grid([50, 100, 300, 400], [100, 114, 152]);
    const items = [
      run('No.', 55, 110), run('Action', 105, 110), run('Lead', 305, 110),
      run('1', 55, 124), run('Share the estates', 105, 124), run('Director of', 305, 124),
      run('strategy with the non-', 105, 136), run('Estates', 305, 136),
      run('executive directors', 105, 148),
    ];

    const { text, places } = pdfText([page(1, items, rules)]);

    expect(text.split('\n')).toEqual(['No.\tAction\tLead', '1\tShare the estates strategy with the non-executive directors\tDirector of Estates']);
    expect(places).toEqual([{ page: 1, line: 1 }, { page: 1, line: 2 }]);
  });

  it('when a cell has no border under it (merged down), then its text is given to every row it spans', () => {
    const rules = [
      across(100, 50, 400), across(114, 50, 400), across(128, 50, 300), across(142, 50, 400),
      down(50, 100, 142), down(100, 100, 142), down(300, 100, 142), down(400, 100, 142),
    ];
    const items = [run('No.', 55, 110), run('Action', 105, 110), run('Lead', 305, 110), run('1', 55, 124), run('Audit', 105, 124), run('Chief Nurse', 305, 124), run('2', 55, 138), run('Train', 105, 138)];

    expect(pdfText([page(1, items, rules)]).text.split('\n')).toEqual(['No.\tAction\tLead', '1\tAudit\tChief Nurse', '2\tTrain\tChief Nurse']);
  });

  it('when a table runs over a page break under a running footer and a repeated header row, then it reads as one table', () => {
    const footer = (n: number): PdfTextItem => run(`Page ${n} of 2`, 250, 820);
    const heading = run('Audit Committee - OFFICIAL', 50, 40);
    const first = page(1, [heading, run('No.', 55, 110), run('Action', 105, 110), run('1', 55, 124), run('Audit the payroll', 105, 124), footer(1)], grid([50, 100, 300], [100, 114, 128]));
    const second = page(2, [heading, run('No.', 55, 110), run('Action', 105, 110), run('2', 55, 124), run('Review the risk register', 105, 124), footer(2)], grid([50, 100, 300], [100, 114, 128]));

    const { text, places } = pdfText([first, second]);

    expect(text.split('\n')).toEqual(['No.\tAction', '1\tAudit the payroll', '2\tReview the risk register']);
    expect(places[2]).toEqual({ page: 2, line: 3 });
  });

  it('when a row is split by the page break, then the rest of it on the next page joins the row, a word broken at the cell edge without a space', () => {
    const first = page(1, [run('No.', 55, 110), run('Deadline', 105, 110), run('1', 55, 124), run('Septembe', 105, 124)], grid([50, 100, 150], [100, 114, 128]));
    const second = page(2, [run('r 2024', 105, 60)], grid([50, 100, 150], [50, 64]));

    expect(pdfText([first, second]).text.split('\n')).toEqual(['No.\tDeadline', '1\tSeptember 2024']);
  });

  it('when a bordered table draws no borders between its rows (only round it and under the header), then each line with a first cell starts a row', () => {
    const rules = grid([50, 100, 300, 400], [100, 114, 160]);
    const items = [
      run('No.', 55, 110), run('Action', 105, 110), run('Lead', 305, 110),
      run('1', 55, 124), run('Share the estates', 105, 124), run('Director of', 305, 124),
      run('strategy', 105, 136), run('Estates', 305, 136),
      run('2', 55, 148), run('Train the staff', 105, 148), run('Chief Nurse', 305, 148),
    ];

    const { text, places } = pdfText([page(1, items, rules)]);

    expect(text.split('\n')).toEqual(['No.\tAction\tLead', '1\tShare the estates strategy\tDirector of Estates', '2\tTrain the staff\tChief Nurse']);
    expect(places).toEqual([{ page: 1, line: 1 }, { page: 1, line: 2 }, { page: 1, line: 4 }]);
  });

  it('when two bordered tables touch but have different columns, then each is a table of its own columns', () => {
    const rules = [...grid([50, 200, 400], [80, 94]), ...grid([50, 100, 300, 400], [94, 108, 122])];
    const items = [run('Present', 55, 90), run('Apologies', 205, 90), run('No.', 55, 104), run('Action', 105, 104), run('Lead', 305, 104), run('1', 55, 118), run('Audit', 105, 118), run('Chief Nurse', 305, 118)];

    expect(pdfText([page(1, items, rules)]).text.split('\n')).toEqual(['Present\tApologies', '', 'No.\tAction\tLead', '1\tAudit\tChief Nurse']);
  });

  it('when a heading is drawn twice a fraction of a point apart (bold by over-printing), then it is read once', () => {
    const items = [run('Audit Committee', 50, 60), run('Audit Committee', 50.4, 60)];

    expect(pdfText([page(1, items)]).text).toBe('Audit Committee');
  });

  it('when columns are laid out without borders and a cell wraps, then the wrapped line joins its row and the columns are tabs', () => {
    const items = [
      run('Ref', 50, 100), run('Action', 100, 100), run('Owner', 350, 100),
      run('A1', 50, 112), run('Circulate the revised', 100, 112), run('Clerk', 350, 112),
      run('terms of reference', 100, 124),
      run('A2', 50, 150), run('Book the venue', 100, 150), run('Chair', 350, 150),
    ];

    expect(pdfText([page(1, items)]).text.split('\n')).toEqual(['Ref\tAction\tOwner', 'A1\tCirculate the revised terms of reference\tClerk', 'A2\tBook the venue\tChair']);
  });

  it('when a paragraph wraps over lines, then it is one line; a short line ends it, and space after it is a blank line', () => {
    const items = [
      run('Minutes of the meeting held on 22 January 2013', 50, 60),
      run('The Chair agreed to write to the Cabinet Member asking why the', 50, 90),
      run('minutes could not be shared.', 50, 102),
      run('ACTION: Councillor Rowe', 50, 114),
    ];

    const { text, places } = pdfText([page(1, items)]);

    expect(text.split('\n')).toEqual([
      'Minutes of the meeting held on 22 January 2013', '',
      'The Chair agreed to write to the Cabinet Member asking why the minutes could not be shared.', 'ACTION: Councillor Rowe',
    ]);
    expect(places).toEqual([{ page: 1, line: 1 }, undefined, { page: 1, line: 2 }, { page: 1, line: 4 }]);
  });

  it('when narrow bordered cells wrap a whole word at their edge ("September" / "2024", "Environmental" / "Services"), then the lines join with a space', () => {
    const rules = grid([50, 105, 150, 300, 375], [100, 126, 164, 178]);
    const items = [
      run('Meeting', 55, 110), run('Ref', 110, 110), run('Action', 155, 110), run('Lead', 305, 110), run('date', 55, 122),
      run('12', 55, 136), run('B 1', 110, 136), run('Audit the payroll', 155, 136), run('Head of', 305, 136),
      run('September', 55, 148), run('Environmental', 305, 148), run('2024', 55, 160), run('Services', 305, 160),
      run('1 May 2024', 55, 174), run('B 2', 110, 174), run('Train the staff', 155, 174), run('Chair', 305, 174),
    ];

    const reading = readText('trust.pdf', pdfText([page(1, items, rules)]).text, []);

    expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.lead])).toEqual([['B 1', '2024-09-12', 'Head of Environmental Services'], ['B 2', '2024-05-01', 'Chair']]);
  });

  it.each([
    ['Proposed', 'for closure', 'Proposed for closure'], ['Head', 'of Estates', 'Head of Estates'], ['Septembe', 'r 2024', 'September 2024'],
    ['Proposed', 'for', 'Proposed for'], ['Complet', 'e', 'Complete'], ['Inform', 'ation sharing', 'Information sharing'], ['Mainta', 'in', 'Maintain'],
  ])('when a cell\'s line "%s" ends at the edge and the next begins "%s", then they join as "%s"', (before, after, joined) => {
    expect(joinBroken(before, after)).toBe(joined);
  });

  it('when bordered cells wrap after a slash or a hyphen, or before a slash ("ICB/" / "25/031", "30-Jun-" / "25", "30/12" / "/2025", "Vice-" / "Chancellor"), then the lines join without a space, and a dash between words keeps its spaces', () => {
    const rules = grid([50, 100, 250, 330, 400], [100, 114, 152, 166]);
    const items = [
      run('Ref', 55, 110), run('Action', 105, 110), run('Lead', 255, 110), run('Due', 335, 110), run('2', 55, 162), run('Train', 105, 162),
      run('ICB/', 55, 124), run('Benchmark the Vice-', 105, 124), run('Finance –', 255, 124), run('30-Jun-', 335, 124),
      run('25/031', 55, 136), run('Chancellor pay and/', 105, 136), run('Director', 255, 136), run('25', 335, 136),
      run('or pensions', 105, 148),
    ];
    const table = pdfText([page(1, items, rules)]).text.split('\n');
    const dates = pdfText([page(1, [run('Due', 55, 110), run('Lead', 105, 110), run('30/12', 55, 124), run('Chair', 105, 124), run('/2025', 55, 136), run('1 May', 55, 150)], grid([50, 100, 250], [100, 114, 140, 154]))]).text;

    expect(table).toEqual(['Ref\tAction\tLead\tDue', 'ICB/25/031\tBenchmark the Vice-Chancellor pay and/or pensions\tFinance – Director\t30-Jun-25', '2\tTrain\t\t']);
    expect(dates.split('\n')[1]).toBe('30/12/2025\tChair');
  });

  it('when a line of a bordered row has text running past the table\'s right border, then the line stays in its row and no cell loses its words', () => {
    const rules = grid([50, 100, 250, 330, 400], [100, 114, 152, 166]);
    const items = [
      run('Ref', 55, 110), run('Action', 105, 110), run('Lead', 255, 110), run('Update', 335, 110),
      run('1', 55, 124), run('Present the urgent and', 105, 124), run('Chief', 255, 124), run('Awaiting NHSE', 335, 124),
      run('emergency care winter', 105, 136), run('Operating', 255, 136), run('guidance; deferred to', 335, 136),
      run('plan', 105, 148), run('Officer', 255, 148), run('November', 335, 148),
      run('2', 55, 162), run('Train', 105, 162), run('Chair', 255, 162),
    ];

    expect(pdfText([page(1, items, rules)]).text.split('\n')).toEqual([
      'Ref\tAction\tLead\tUpdate',
      '1\tPresent the urgent and emergency care winter plan\tChief Operating Officer\tAwaiting NHSE guidance; deferred to November',
      '2\tTrain\tChair\t',
    ]);
  });

  it('when a paragraph wraps after a hyphen between words, then the lines join without a space, and a dash with spaces keeps them', () => {
    const items = [run('The Council asked the Vice-', 50, 100), run('Chancellor and the Finance –', 50, 112), run('Director to report.', 50, 124)];

    expect(pdfText([page(1, items)]).text).toBe('The Council asked the Vice-Chancellor and the Finance – Director to report.');
  });

  it('when narrow cells of a table without borders break words too long for them ("25/1" / "4", "Septembe" / "r 2024", "Complet" / "e"), then each word is joined back, and a line wrapped at a space keeps its space', () => {
    // Each column's text ends two cell margins (about 11 points) before the next column's starts; Word
    // breaks a word only when it is too long for a line of its own ("In" / "progres" / "s").
    const items = [
      run('Ref', 50, 100), run('Action', 82, 100), run('Lead', 250, 100), run('Due', 322, 100), run('Status', 374, 100), run('Update', 421, 100),
      run('25/1', 50, 130), run('Present the winter pressures', 82, 130), run('Head of', 250, 130), run('Septembe', 322, 130), run('Complet', 374, 130), run('Presented', 421, 130),
      run('4', 50, 142), run('review to the board', 82, 142), run('Environmenta', 250, 142), run('r 2024', 322, 142), run('e', 374, 142), run('in May', 421, 142),
      run('l Services', 250, 154),
      run('25/1', 50, 178), run('Circulate the speak up policy', 82, 178), run('Director of', 250, 178), run('30 April', 322, 178), run('In', 374, 178), run('With staff', 421, 178),
      run('5', 50, 190), run('Workforce', 250, 190), run('2024', 322, 190), run('progres', 374, 190), run('side', 421, 190),
      run('s', 374, 202),
    ];

    expect(pdfText([page(1, items)]).text.split('\n')).toEqual([
      'Ref\tAction\tLead\tDue\tStatus\tUpdate',
      '25/14\tPresent the winter pressures review to the board\tHead of Environmental Services\tSeptember 2024\tComplete\tPresented in May',
      '25/15\tCirculate the speak up policy\tDirector of Workforce\t30 April 2024\tIn progress\tWith staff side',
    ]);
  });

  it('when a table without borders centres its short cells in rows whose action wraps, with no space between rows, then each row is one action', () => {
    const items = [
      run('Ref', 50, 100), run('Action', 100, 100), run('Lead', 350, 100),
      run('Review the estates strategy and bring', 100, 112), run('1', 50, 124), run('it back to the committee with the', 100, 124), run('Director of Finance', 350, 124), run('costs of each option', 100, 136),
      run('Train the staff on the new system', 100, 148), run('before the audit, with the help of', 100, 160),
      run('2', 50, 172), run('the suppliers and the records', 100, 172), run('Chief Nurse', 350, 172),
      run('team, and report how many were', 100, 184), run('trained by the end of March', 100, 196),
    ];

    expect(pdfText([page(1, items)]).text.split('\n')).toEqual([
      'Ref\tAction\tLead',
      '1\tReview the estates strategy and bring it back to the committee with the costs of each option\tDirector of Finance',
      '2\tTrain the staff on the new system before the audit, with the help of the suppliers and the records team, and report how many were trained by the end of March\tChief Nurse',
    ]);
  });

  it.each([['centred', 0], ['top-aligned', 1]])(
    'when a table without borders sets its rows apart with spacing and its reference wraps beside a wrapped action (cells %s), then each block between the spacing is one row',
    (_, top) => {
      // The reference ends less than a column gap before the action: only the column starts tell them apart.
      const row = (y: number, ref: string[], action: string[], lead: string[]): PdfTextItem[] => [
        ...ref.map((t, k) => run(t, 50, y + (top ? 0 : (action.length - ref.length) * 7) + k * 14)),
        ...action.map((t, k) => run(t, 80, y + k * 14)),
        ...lead.map((t, k) => run(t, 350, y + (top ? 0 : (action.length - lead.length) * 7) + k * 14)),
      ];
      const items = [
        run('Ref', 50, 100), run('Action', 80, 100), run('Lead', 350, 100),
        ...row(130, ['CGC', '25/14'], ['Publish the revised Code of Conduct', 'for members, incorporating the', 'changes agreed by Council'], ['Monitoring', 'Officer']),
        ...row(182, ['CGC', '25/15'], ['Review the whistleblowing', 'policy'], ['Head of HR']),
      ];

      expect(pdfText([page(1, items)]).text.split('\n')).toEqual([
        'Ref\tAction\tLead',
        'CGC 25/14\tPublish the revised Code of Conduct for members, incorporating the changes agreed by Council\tMonitoring Officer',
        'CGC 25/15\tReview the whistleblowing policy\tHead of HR',
      ]);
    },
  );

  it('when a table without borders runs over a page break that splits a row, under a repeated header row, then the row is joined back and the header read once', () => {
    const first = page(1, [
      run('Ref', 50, 130), run('Action', 100, 130), run('Lead', 350, 130),
      run('1', 50, 142), run('Audit the payroll and report', 100, 142), run('Treasurer', 350, 142), run('the findings', 100, 154),
    ]);
    const second = page(2, [
      run('Ref', 50, 60), run('Action', 100, 60), run('Lead', 350, 60), run('to the trustees', 100, 72),
      run('2', 50, 84), run('Review the reserves', 100, 84), run('Chair', 350, 84),
    ]);

    const { text, places } = pdfText([first, second]);

    expect(text.split('\n')).toEqual(['Ref\tAction\tLead', '1\tAudit the payroll and report the findings to the trustees\tTreasurer', '2\tReview the reserves\tChair']);
    expect(places).toEqual([{ page: 1, line: 1 }, { page: 1, line: 2 }, { page: 2, line: 3 }]);
  });

  it.each([['repeated', true], ['not repeated', false]])(
    'when a page break splits a top-aligned row of a spaced table without borders after its reference\'s first line ("CGC" / "25/27"), header row %s, then the row is joined back',
    (_, repeated) => {
      const furniture = (n: number): PdfTextItem[] => [run('Holloway Vale Borough Council - OFFICIAL', 300, 40), run(`Page ${n} of 2`, 270, 820)];
      const header = (y: number): PdfTextItem[] => [run('Ref', 50, y), run('Action', 80, y), run('Lead', 350, y), run('Due', 430, y)];
      const first = page(1, [
        ...furniture(1), run('Corporate Governance Committee action tracker', 50, 676), ...header(700),
        run('CGC', 50, 724), run('Publish the revised Code of Conduct', 80, 724), run('Monitoring', 350, 724), run('30 November', 430, 724),
        run('25/26', 50, 736), run('for members', 80, 736), run('Officer', 350, 736), run('2025', 430, 736),
        run('CGC', 50, 760), run('Report on Freedom of Information', 80, 760), run('Information', 350, 760), run('31 January', 430, 760),
      ]);
      const top = repeated ? 84 : 60;
      const second = page(2, [
        ...furniture(2), ...(repeated ? header(60) : []),
        run('25/27', 50, top), run('response times', 80, top), run('Governance', 350, top), run('2026', 430, top), run('Manager', 350, top + 12),
        run('CGC', 50, top + 36), run('Circulate the annual governance', 80, top + 36), run('Director of', 350, top + 36), run('13 March', 430, top + 36),
        run('25/28', 50, top + 48), run('statement to members', 80, top + 48), run('Finance', 350, top + 48), run('2026', 430, top + 48),
      ]);

      expect(pdfText([first, second]).text.split('\n')).toEqual([
        'Corporate Governance Committee action tracker', '', 'Ref\tAction\tLead\tDue',
        'CGC 25/26\tPublish the revised Code of Conduct for members\tMonitoring Officer\t30 November 2025',
        'CGC 25/27\tReport on Freedom of Information response times\tInformation Governance Manager\t31 January 2026',
        'CGC 25/28\tCirculate the annual governance statement to members\tDirector of Finance\t13 March 2026',
      ]);
    },
  );

  it('when a table row has a problem, then the message names the page and the line a reader counts', () => {
    const rules = grid([50, 100, 300, 400], [100, 114, 128]);
    const items = [run('Westmoor Panel', 50, 60), run('No.', 55, 110), run('Action', 105, 110), run('Lead', 305, 110), run('1', 55, 124), run('Book the venue', 105, 124)];
    const { text, places } = pdfText([page(3, items, rules)]);

    const reading = readText('tracker.pdf', text, places);

    expect(reading.problems.map((p) => p.message)).toEqual(['Page 3, line 3: action 1 has no lead (expected a name such as "MPS" in the Lead column).']);
    expect(reading.drafts[0]!.place).toEqual({ page: 3, line: 3 });
  });
});
