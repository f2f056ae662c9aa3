/** A sentence of prose and the 0-based line it starts on. */
export interface Sentence {
  text: string;
  line: number;
}

const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|no|nos|dr|mr|mrs|ms|st|vs|cllr|para|ref|approx|incl)\.$/i;
const BOUNDARY = /[.!?]["')]?\s+(?=["'(]?[A-Z0-9])/g;

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

/** Splits a piece into sentences, not breaking after "e.g." or "No.". */
export function splitSentences(piece: Piece): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const text = piece.text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (text) sentences.push({ text, line: lineAt(piece, start) });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(piece.text); m; m = BOUNDARY.exec(piece.text)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(piece.text.slice(start, m.index + 1))) continue;
    push(end);
    start = m.index + m[0].length;
  }
  push(piece.text.length);
  return sentences;
}

function lineAt(piece: Piece, offset: number): number {
  let line = piece.starts[0]![1];
  for (const [at, l] of piece.starts) if (at <= offset) line = l;
  return line;
}
