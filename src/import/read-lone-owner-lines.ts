import { Suggestion } from './draft';
import { activeLeadBeforeTo } from './find-lead';
import { isHeadingLine } from './paragraph-near';
import { splitSentences } from './split-sentences';

/** A bullet or item number before the line's words. */
const MARKER = /^\s*(?:[-*+•·▪●○■◦]|\d+(?:\.\d+)*[.)]?|\(?[a-z]\))\s+/;

/**
 * "Tom Whitcombe to arrange the trustee away day for early 2026." standing alone as an item of minutes, with
 * no ACTION label: offered as a suggestion with its lead, never imported by itself. Without a label the line
 * may be an agenda's instruction ("Members to note the report") or a record of what someone said, so only
 * the secretariat can say it is an action. Alone means: one sentence, with a blank line, a heading (such as
 * "7. Any other business") or the start of the document above it, and a blank line, a heading or the end
 * below it; or one bullet of a list ("- ", "• ", a PDF's "● "), which a labelled line ("Date of next meeting: …") may follow.
 */
export function readLoneOwnerLines(lines: string[], skip: Set<number>): Suggestion[] {
  const suggestions: Suggestion[] = [];
  lines.forEach((line, i) => {
    if (skip.has(i) || line.includes('\t') || !line.trim()) return;
    const bullet = MARKER.test(line);
    const text = line.replace(MARKER, '').trim();
    const lead = activeLeadBeforeTo(text);
    if (!lead || !endsAlone(lines, i, bullet, skip)) return;
    if (splitSentences({ text, starts: [[0, i]] }).length !== 1) return;
    suggestions.push({ text, lead, place: { line: i + 1 } });
  });
  return suggestions;
}

/** "Date of next meeting: 12 March 2024": a labelled line of its own, which never carries a bullet's words on. */
const LABELLED = /^[A-Z][\w' ]{0,40}:\s/;

/** True when the lines either side of line `i` leave it standing alone (see `readLoneOwnerLines`). */
function endsAlone(lines: string[], i: number, bullet: boolean, skip: Set<number>): boolean {
  const apart = (k: number, above: boolean): boolean => {
    const line = lines[k];
    if (line === undefined || !line.trim() || skip.has(k)) return true;
    // A PDF keeps no blank line after a list: a labelled line under a bullet starts something new.
    if (bullet && (MARKER.test(line) || (!above && LABELLED.test(line.trim())))) return true;
    return isHeadingLine(line) && (above || !/^[a-z]/.test(line.trim()));
  };
  return apart(i - 1, true) && apart(i + 1, false);
}
