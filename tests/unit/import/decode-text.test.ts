import { decodeText } from '../../../src/import/decode-text';

describe('decodeText', () => {
  it('when bytes are Windows-1252 (not valid UTF-8), then curly quotes, dashes, the euro and ellipsis are decoded', () => {
    // 0x93 0x94 curly quotes, 0x96 en dash, 0x80 euro, 0x85 ellipsis, 0xA3 pound, 0xE9 é
    const bytes = Buffer.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xa3, 0x32, 0x85, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(bytes)).toBe('\u201cA\u201d \u2013 \u20ac5 \u00a32\u2026 caf\u00e9');
  });

  it('when every byte 0x80-0x9F is given, then each maps as Windows-1252 says (five undefined ones stay as C1 code points)', () => {
    const bytes = Buffer.from([0x61, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)]);
    expect(decodeText(bytes)).toBe('a\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
      + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178');
  });

  it('when bytes are UTF-8 with or without a BOM, or UTF-16 with a BOM, then they read the same', () => {
    const text = 'Action 5 \u2013 \u201cSafer Streets\u201d, \u00a3300k';
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toBe(text);
  });

  it('when the bytes are binary (a renamed PDF or Word file), then there is no text', () => {
    expect(decodeText(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x00, 0x00]))).toBeNull();
  });
});
