import type { TurnContext } from 'botbuilder';
import type { WeeklyDigest } from '../../app/digest/build-weekly-digest';
import { digestMarkdown } from '../../export/digest-markdown';

/** A Teams message holds ~28 KB; each part stays well under, and a paper needing more than a few goes to the CLI. */
const PART_CHARS = 20_000;
const MAX_PARTS = 5;

const WORD_PAPER = 'For the Word board paper (landscape A4, RAG cells shaded), the secretariat runs: npx chaser digest --format docx';

/**
 * Cuts the Markdown at line ends; a part that starts inside a table repeats the table's header rows,
 * so every part renders on its own.
 */
export function markdownParts(markdown: string, max = PART_CHARS): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  let header: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) header = [];
    else if (line.startsWith('| No. |')) header = [line];
    else if (header.length === 1) header.push(line);
    if (size + line.length + 1 > max && current.length) {
      parts.push(current.join('\n'));
      const inTable = line.startsWith('|') && line !== header[0];
      current = inTable ? header.slice(0, line === header[1] ? 1 : 2) : [];
      size = current.reduce((n, l) => n + l.length + 1, 0);
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.some((l) => l.trim())) parts.push(current.join('\n'));
  return parts;
}

/**
 * "Get the board paper": a bot cannot attach a file to a card's reply without asking the user's consent
 * first, so the paper's table comes as Markdown messages and the Word paper from the CLI. Returns what
 * the card shows under the button.
 */
export async function sendPaperAsMessages(context: TurnContext, weekly: WeeklyDigest, generatedAt: Date): Promise<string> {
  const parts = markdownParts(digestMarkdown({ digest: weekly.digest, actions: weekly.actions, generatedAt }));
  if (parts.length > MAX_PARTS) {
    return `The table has ${weekly.digest.counts.total} actions, too long for chat. ${WORD_PAPER} (or --format xlsx for the register).`;
  }
  for (const text of parts) await context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
  return `The board paper's table is in the chat. ${WORD_PAPER}`;
}
