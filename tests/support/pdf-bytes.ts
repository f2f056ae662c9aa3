/**
 * PDFs written byte by byte for the tests of what the PDF reader refuses: a page that is only a picture
 * (a scan), a file protected by a password, a file with too many pages. Objects are numbered from 1 in
 * the order given (1 is the catalogue); the cross-reference table is computed.
 */
function pdfOf(objects: string[], trailer = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function stream(data: string, dictionary = ''): string {
  return `<< ${dictionary} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
}

/** One A4 page that draws a grey picture over the page and no text: what a scanner makes. */
export function scannedPdf(): Buffer {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 495 0 0 742 50 50 cm /Im1 Do Q'),
    stream('\u0000\u00ff\u00ff\u0000', '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8'),
  ]);
}

/** A page of text in Helvetica ("No. Action Lead" and one action) encrypted with a user password that is not empty. */
export function passwordPdf(): Buffer {
  const id = '<8f0e6c4b2a1d3e5f7a9b0c1d2e3f4a5b>';
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('BT /F1 10 Tf 50 780 Td (1 Share the minutes) Tj ET'),
    `<< /Filter /Standard /V 1 /R 2 /P -44 /O <${'6e'.repeat(32)}> /U <${'a7'.repeat(32)}> >>`,
  ], `/Encrypt 5 0 R /ID [${id} ${id}] `);
}

/** `count` blank pages. */
export function blankPagesPdf(count: number): Buffer {
  const pages = Array.from({ length: count }, (_, k) => `${k + 3} 0 R`).join(' ');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages}] /Count ${count} >>`,
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ]);
}

/** One run of text on a page: x and y in points from the top left of an A4 page, 10-point Helvetica. */
export type TextRun = [x: number, y: number, text: string];

/**
 * A PDF of A4 pages of Helvetica text, each run where it is given (x, y from the top left), as a
 * program that prints a register straight to PDF writes it: no LibreOffice needed.
 */
export function textPdf(pages: TextRun[][]): Buffer {
  const escape = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const first = 4;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, k) => `${first + 2 * k} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((runs, k) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${first + 2 * k + 1} 0 R >>`);
    objects.push(stream(runs.map(([x, y, text]) => `BT /F1 10 Tf ${x} ${842 - y} Td (${escape(text)}) Tj ET`).join('\n')));
  });
  return pdfOf(objects);
}

/**
 * An audit committee's minutes printed straight to PDF over two pages: an "Action 1:" line, then a table
 * without borders whose second column wraps (ARC 1), a row with no owner (ARC 2, page 1 line 8), a running
 * footer, and the table's last row on page 2 (line 1).
 */
export function committeeMinutesPdf(): Buffer {
  const footer = (n: number): TextRun => [270, 820, `Page ${n} of 2`];
  return textPdf([
    [
      [50, 60, 'Audit and Risk Committee'],
      [50, 76, 'Minutes of the meeting held on 3 March 2025'],
      [50, 110, 'Action 1: Director of Finance to circulate the draft accounts by 31 March.'],
      [50, 140, 'Actions carried forward'],
      [50, 160, 'Ref'], [110, 160, 'Action'], [330, 160, 'Owner'], [450, 160, 'Deadline'],
      [50, 174, 'ARC 1'], [110, 174, 'Refresh the risk register and'], [330, 174, 'Head of Risk'], [450, 174, 'By 30 April'],
      [110, 186, 'report the top ten risks'],
      [50, 206, 'ARC 2'], [110, 206, 'Commission the payroll audit'], [450, 206, 'End of May'],
      footer(1),
    ],
    [
      [50, 60, 'ARC 3'], [110, 60, 'Review the whistleblowing policy'], [330, 60, 'Company Secretary'], [450, 60, 'June 2025'],
      footer(2),
    ],
  ]);
}
