/**
 * Other people's words, shown literally in a plain chat reply. Teams reads a reply's text as markdown with
 * some HTML, so "[click here](https://…)" would become a live link, "<at>Everyone</at>" a mention-looking
 * tag, and "<b>…</b>" formatting. This turns every character that starts markdown or HTML into text:
 * `&`, `<` and `>` become HTML entities (Teams shows them as the characters), and the markdown marks
 * that format or link inline (\ ` * _ [ ] ~ |) are escaped with a backslash (CommonMark escapes); line
 * breaks become spaces, so one person's text cannot start a list, heading or quote in the reply (marks
 * such as # - + > only act at the start of a line).
 * Control characters, direction overrides, zero-width spaces and broken surrogate halves are dropped. Cards do not need this: they put user text
 * in elements that do not read markdown (see src/cards).
 *
 * @param text what a person typed (a message, a file name, a cell)
 * @param maxChars cut after this many characters (an ellipsis marks the cut); default: no cut
 */
export function plainText(text: string, maxChars = Infinity): string {
  const clean = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...clean];
  const cut = chars.length > maxChars ? `${chars.slice(0, Math.max(0, maxChars - 1)).join('')}…` : clean;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`);
}
