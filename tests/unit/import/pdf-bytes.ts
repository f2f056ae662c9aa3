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
