/**
 * What the PDF worker (`pdf-worker.ts`) hands back for one page: its text runs and its ruled lines
 * (table borders), in points (1/72 inch) with the origin at the top left of the page as it is shown
 * (the page's rotation and crop already applied), y growing downwards.
 */
export interface PdfPage {
  /** 1-based, as a PDF viewer numbers pages. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  rules: PdfRule[];
}

/** One run of text as the PDF draws it: `x` its left edge, `y` its baseline, `size` its font size. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * A straight stroke or a thin filled bar: a border of a table cell, an underline, a rule. Horizontal
 * rules have `y1 === y2`, vertical ones `x1 === x2`; `x1 <= x2` and `y1 <= y2`.
 */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the worker posts back: the pages, or why the PDF could not be read. */
export type PdfWorkerAnswer =
  | { kind: 'pages'; pages: PdfPage[] }
  | { kind: 'password' }
  | { kind: 'damaged' }
  | { kind: 'too-many-pages'; pages: number };

/** What the worker is given: the file's bytes and the most pages it reads. */
export interface PdfWorkerInput {
  bytes: Uint8Array;
  maxPages: number;
}
