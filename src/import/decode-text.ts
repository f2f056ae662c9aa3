/**
 * Bytes of a text file to a string: UTF-8 (BOM or not), UTF-16 with a BOM (Notepad's "Unicode"),
 * or Windows-1252 when the bytes are not valid UTF-8 (older Word "Save as text"), all with the platform's
 * WHATWG TextDecoder (Node ships Windows-1252 with its ICU data).
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
      text = new TextDecoder('windows-1252').decode(body);
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
