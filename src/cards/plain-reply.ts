/**
 * Other people's text made safe for a plain chat reply (issue #12 item 9): Teams reads a message's text
 * as Markdown and a little HTML, so a lead's update saying `[click here](https://…)`, `<at>Jane</at>` or
 * `**URGENT**` would show as a live link, a mention or bold to everyone. `<`, `>` and `&` become entities;
 * the characters Markdown gives a meaning to anywhere (`\ * _ ` [ ] | ~ #`) get a backslash, and so do
 * those that mean something only at a line's start (`-`, `+`, `>`, `1.`). The text then reads exactly as
 * typed. Where possible prefer a card's `TextRun` (no Markdown at all) or `textFormat: 'plain'`.
 */
export function neutraliseForReply(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}
