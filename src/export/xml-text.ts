/**
 * Text that XML 1.0 can hold, for docx and xlsx parts (a stray character makes Word or Excel refuse the file).
 * Word's vertical tab (a manual line break) and form feed become line breaks; other C0 controls, U+FFFE/U+FFFF
 * and unpaired surrogates are dropped.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[\v\f]/g, '\n')
    .replace(/[\x00-\x08\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
