import type { PdfPage, PdfRule, PdfTextItem } from '../../../src/import/pdf-page';
import { pdfText } from '../../../src/import/pdf-text';

/** A run of 10-point text at (x, baseline y), 5 points a character, or as wide as given. */
const run = (text: string, x: number, y: number, width = text.length * 5): PdfTextItem => ({ text, x, y, width, size: 10 });
const page = (items: PdfTextItem[], rules: PdfRule[] = []): PdfPage => ({ number: 1, width: 595, height: 842, items, rules });

/** A bordered table: columns at the x given, row borders at the y given. */
function grid(xs: number[], ys: number[]): PdfRule[] {
  return [...ys.map((y) => ({ x1: xs[0]!, y1: y, x2: xs[xs.length - 1]!, y2: y })), ...xs.map((x) => ({ x1: x, y1: ys[0]!, x2: x, y2: ys[ys.length - 1]! }))];
}

describe('PDF table columns', () => {
  it('when one run holds the text of two bordered cells side by side ("March 2025 Closed"), then it is cut at the border between them', () => {
    const rules = grid([50, 100, 300, 380, 440], [100, 114, 128, 142]);
    const items = [
      run('Ref', 55, 110), run('Action', 105, 110), run('Deadline', 305, 110), run('Status', 385, 110),
      run('1', 55, 124), run('Benchmark the pay', 105, 124), run('March 2025 Closed', 305, 124, 110),
      run('2', 55, 138), run('Review the policy', 105, 138), run('Summer 2025', 305, 138), run('Open', 385, 138),
    ];

    expect(pdfText([page(items, rules)]).text.split('\n')).toEqual([
      'Ref\tAction\tDeadline\tStatus', '1\tBenchmark the pay\tMarch 2025\tClosed', '2\tReview the policy\tSummer 2025\tOpen',
    ]);
  });

  it('when one run holds the text of two cells of a table without borders ("March 2025 Closed"), then it is cut at the column start it crosses, and a paragraph under the table across its columns is left whole', () => {
    const items = [
      run('Ref', 50, 100), run('Action', 100, 100), run('Deadline', 300, 100), run('Status', 380, 100),
      run('1', 50, 124), run('Benchmark the pay', 100, 124), run('March 2025 Closed', 300, 124, 110),
      run('2', 50, 148), run('Review the policy', 100, 148), run('Summer 2025', 300, 148), run('Open', 380, 148),
      run('The Council noted the schedule and the progress made since March 2025.', 50, 172),
    ];

    expect(pdfText([page(items)]).text.split('\n')).toEqual([
      'Ref\tAction\tDeadline\tStatus', '1\tBenchmark the pay\tMarch 2025\tClosed', '2\tReview the policy\tSummer 2025\tOpen',
      '', 'The Council noted the schedule and the progress made since March 2025.',
    ]);
  });

  it('when two headings of a table without borders are closer than a column gap ("Target date" 8 points from "Status"), then each is a column and its cells are read apart', () => {
    const items = [
      run('No', 50, 100), run('Action', 100, 100), run('Lead', 250, 100), run('Target date', 330, 100), run('Status', 393, 100),
      run('CGC 25/40', 50, 124), run('Audit the drug records', 100, 124), run('Director', 250, 124), run('14 Nov 2025', 330, 124), run('Open', 393, 124),
      run('CGC 25/41', 50, 148), run('Review falls policy', 100, 148), run('Head of Nursing', 250, 148), run('31.10.2025', 330, 148), run('Green', 393, 148),
    ];

    expect(pdfText([page(items)]).text.split('\n')).toEqual([
      'No\tAction\tLead\tTarget date\tStatus', 'CGC 25/40\tAudit the drug records\tDirector\t14 Nov 2025\tOpen', 'CGC 25/41\tReview falls policy\tHead of Nursing\t31.10.2025\tGreen',
    ]);
  });
});
