/**
 * Bytes of a text file to a string: UTF-8 (BOM or not), UTF-16 with a BOM (Notepad's "Unicode"),
 * or Windows-1252 when the bytes are not valid UTF-8 (older Word "Save as text").
 * Null when the bytes are not text at all (a renamed Word or PDF file).
 */
export function decodeText(content: Buffer): string | null {
  let text: string;
  if (content[0] === 0xff && content[1] === 0xfe) text = new TextDecoder('utf-16le').decode(content.subarray(2));
  else if (content[0] === 0xfe && content[1] === 0xff) text = new TextDecoder('utf-16be').decode(content.subarray(2));
  else {
    const body = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? content.subarray(3) : content;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = decodeWindows1252(body);
    }
  }
  return looksBinary(text) ? null : text.replace(/^\ufeff/, '');
}

/** Control characters other than tab, line feed, carriage return and form feed mean binary content. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls > 0 && controls >= sample.length / 100;
}

/** Windows-1252's 0x80-0x9F (Node decodes the label as Latin-1, which leaves C1 controls there). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
