import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

/** One block of Word minutes: a plain paragraph, a heading, a bulleted or numbered list, or a run of bold then plain text. */
export type MinutesBlock =
  | string
  | { heading: string }
  | { bullets: string[] }
  | { numbered: string[] }
  | { runs: Array<{ text: string; bold?: boolean }> };

const NUMBERED = 'minutes-numbered';

/**
 * Minutes as Word holds them: each paragraph its own, headings in Word's heading style, lists as real Word
 * bullets and numbering (so the reader meets them as a converted .docx gives them, not as typed text).
 */
export async function minutesDocx(blocks: MinutesBlock[]): Promise<Buffer> {
  const children = blocks.flatMap((block): Paragraph[] => {
    if (typeof block === 'string') return [new Paragraph(block)];
    if ('heading' in block) return [new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_2 })];
    if ('bullets' in block) return block.bullets.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    if ('numbered' in block) return block.numbered.map((text) => new Paragraph({ text, numbering: { reference: NUMBERED, level: 0 } }));
    return [new Paragraph({ children: block.runs.map((r) => new TextRun({ text: r.text, bold: r.bold ?? false })) })];
  });
  const doc = new Document({
    numbering: {
      config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
