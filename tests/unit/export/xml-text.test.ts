import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { boardPaperDocx, registerXlsx } from '../../../src/export';
import { xmlText } from '../../../src/export/xml-text';
import { ACTIONS, inputOf } from './export-fixture';

/** Text pasted from Word or a PDF can hold characters XML 1.0 cannot: the documents must still open. */
const ODD = 'Line one\u000bline two\u0001 end\uFFFE\uD800';
const odd = ACTIONS.map((a) => (a.meetingDate === '2022-03-10' && a.number === 1 ? { ...a, text: ODD } : a));

describe('text safe for docx and xlsx', () => {
  it('turns vertical tabs and form feeds into line breaks and drops what XML cannot hold', () => {
    expect(xmlText(ODD)).toBe('Line one\nline two end');
    expect(xmlText('a\fb\tc\r\nd 😀')).toBe('a\nb\tc\r\nd 😀');
  });

  it('puts the line break into the docx cell as two paragraphs, with no stray characters in the XML', async () => {
    const bytes = await boardPaperDocx(inputOf(odd));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.test(xml)).toBe(false);
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    expect(html).toContain('<td><p>1</p></td><td><p>Line one</p><p>line two end</p></td>');
  });

  it('keeps the line break in the xlsx cell', async () => {
    const bytes = await registerXlsx(inputOf(odd));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet('Register')!.getCell('E2').value).toBe('Line one\nline two end');
  });
});
