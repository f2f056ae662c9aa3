/** A sentence of prose and the 0-based line it starts on. */
export interface Sentence {
  text: string;
  line: number;
}

/**
 * Abbreviations after which the Unicode sentence rules would end a sentence but the board's papers do not
 * ("Mr. Smith", "Cllr. Jones", "para. 4"). "e.g." and "No. 5" the rules already keep whole.
 */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|no|nos|dr|mr|mrs|ms|st|vs|cllr|para|ref|approx|incl)\.["')]?$/i;

/** Unicode sentence boundaries (UAX #29), as the platform implements them. */
const SENTENCES = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

/** One piece of prose: a paragraph or a bullet item, with the line where each of its lines starts. */
export interface Piece {
  text: string;
  /** [offset in text, 0-based line] for each line joined into the piece. */
  starts: Array<[number, number]>;
}

export function appendLine(piece: Piece | null, text: string, line: number): Piece {
  if (!piece) return { text, starts: [[0, line]] };
  const offset = piece.text.length + 1;
  return { text: `${piece.text} ${text}`, starts: [...piece.starts, [offset, line]] };
}

/** Splits a piece into sentences (Intl.Segmenter), not breaking after "e.g.", "No." or "Mr.". */
export function splitSentences(piece: Piece): Sentence[] {
  const sentences: Sentence[] = [];
  let start = -1;
  let sentence = '';
  const push = (): void => {
    const text = sentence.replace(/\s+/g, ' ').trim();
    if (text) sentences.push({ text, line: lineAt(piece, start) });
    start = -1;
    sentence = '';
  };
  for (const { segment, index } of SENTENCES.segment(piece.text)) {
    if (start < 0) start = index;
    sentence += segment;
    if (!ABBREVIATIONS.test(sentence.trimEnd())) push();
  }
  if (start >= 0) push();
  return sentences;
}

function lineAt(piece: Piece, offset: number): number {
  let line = piece.starts[0]![1];
  for (const [at, l] of piece.starts) if (at <= offset) line = l;
  return line;
}
