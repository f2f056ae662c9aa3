import { plainText } from '../../../src/domain/plain-text';

describe('other people\'s words shown literally in a plain reply', () => {
  it.each([
    ['a markdown link', '[click here](https://evil.example/steal)', '\\[click here\\](https://evil.example/steal)'],
    ['a link with a title', '[Board papers](http://x.example "t")', '\\[Board papers\\](http://x.example "t")'],
    ['an at tag', '<at>Everyone</at> look', '&lt;at&gt;Everyone&lt;/at&gt; look'],
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an image tag', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['an entity', 'Fish &amp; chips', 'Fish &amp;amp; chips'],
    ['bold and italics', '**urgent** _now_ ~~never~~', '\\*\\*urgent\\*\\* \\_now\\_ \\~\\~never\\~\\~'],
    ['code', '`rm -rf`', '\\`rm -rf\\`'],
    ['a table row', '| a | b |', '\\| a \\| b \\|'],
    ['a backslash', 'C:\\board\\papers', 'C:\\\\board\\\\papers'],
  ])('when the text holds %s, then every mark is shown as a character', (_label, text, shown) => {
    expect(plainText(text)).toBe(shown);
  });

  it.each([
    ['a heading on a new line', 'fine\n# BIG', 'fine # BIG'],
    ['a list on a new line', 'fine\n- one\n- two', 'fine - one - two'],
    ['a quote on a new line', 'fine\r\n> quoted', 'fine &gt; quoted'],
  ])('when the text holds %s, then line breaks become spaces, so nothing starts a block', (_label, text, shown) => {
    expect(plainText(text)).toBe(shown);
  });

  it.each([
    ['a right-to-left override', 'abc\u202Eevil', 'abcevil'],
    ['a NUL and controls', 'a\u0000b\u0007c', 'abc'],
    ['a zero-width space', 'ad\u200Bmin', 'admin'],
    ['a lone surrogate', 'x\uD800y', 'xy'],
  ])('when the text holds %s, then it is dropped', (_label, text, shown) => {
    expect(plainText(text)).toBe(shown);
  });

  it('when the text is ordinary, then it is unchanged (apart from spacing)', () => {
    expect(plainText('  Letter of 10 May: linking delayed (see OB 21-Apr-2022 #5)  ')).toBe('Letter of 10 May: linking delayed (see OB 21-Apr-2022 #5)');
    expect(plainText('Café — naïve 🔥 👨‍👩‍👧')).toBe('Café — naïve 🔥 👨‍👩‍👧');
  });

  it('when a limit is given, then the text is cut by characters (not halves of emoji) with an ellipsis, before escaping', () => {
    expect(plainText('🔥'.repeat(10), 4)).toBe('🔥🔥🔥…');
    expect(plainText('[a](b)', 80)).toBe('\\[a\\](b)');
    expect(plainText('abc', 3)).toBe('abc');
  });
});
