/**
 * The PDF worker: runs in a worker thread (`read-pdf-pages.ts` starts it, and ends it when it takes too
 * long), opens the PDF with Mozilla's pdf.js and posts back each page's text runs and ruled lines
 * (`PdfWorkerAnswer`). Kept apart from the event loop so a hostile PDF cannot stall the server.
 *
 * Node runs this file as it is (type-stripped TypeScript, or JavaScript once built), so it imports no
 * module of ours but types, and loads pdf.js from the path it is given.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfPage, PdfRule, PdfTextItem, PdfWorkerAnswer, PdfWorkerInput } from './pdf-page';

/** What the worker is started with: the input, and where pdf.js and its font data are. */
export interface PdfWorkerData extends PdfWorkerInput {
  pdfjsPath: string;
  /** Folders (ending in "/") of pdf.js's standard fonts and character maps. */
  standardFontDataUrl: string;
  cMapUrl: string;
}

type Matrix = [number, number, number, number, number, number];
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js's path commands in `constructPath` data (its `DrawOPS`, which the package does not export). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A rule is a stroke or a filled bar no thicker than this (points). */
const THIN = 2.5;
/** Rules shorter than this (points) are ticks or bullets, not borders. */
const SHORT = 4;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A segment or a thin box in page coordinates as a rule, or null when it is neither horizontal nor vertical. */
function ruleOf(x1: number, y1: number, x2: number, y2: number): PdfRule | null {
  const [left, right] = x1 <= x2 ? [x1, x2] : [x2, x1];
  const [top, bottom] = y1 <= y2 ? [y1, y2] : [y2, y1];
  const wide = right - left;
  const high = bottom - top;
  if (wide >= SHORT && high <= THIN) return { x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 };
  if (high >= SHORT && wide <= THIN) return { x1: (left + right) / 2, y1: top, x2: (left + right) / 2, y2: bottom };
  return null;
}

/** The straight strokes and thin filled boxes of a page's drawing operations, in viewport coordinates. */
function rulesOf(pdfjs: PdfJs, fnArray: number[], argsArray: unknown[], viewport: Matrix): PdfRule[] {
  const { OPS } = pdfjs;
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < fnArray.length; i += 1) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) stack.push(ctm);
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      if (paint === OPS.endPath || paint === OPS.clip || paint === OPS.eoClip) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const toPage = multiply(viewport, ctm);
      const points: Array<[number, number]> = [];
      const flush = (): void => {
        for (let k = 1; k < points.length; k += 1) {
          const [ax, ay] = points[k - 1]!;
          const [bx, by] = points[k]!;
          const rule = ruleOf(ax, ay, bx, by);
          if (rule) rules.push(rule);
        }
        // A filled thin box (a border drawn as a bar): its extent, when it is one.
        if (points.length >= 4 && paint !== OPS.stroke && paint !== OPS.closeStroke) {
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          const rule = ruleOf(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
          if (rule) rules.push(rule);
        }
        points.length = 0;
      };
      for (let k = 0; k < data.length;) {
        const op = data[k];
        if (op === MOVE_TO) {
          flush();
          points.push(apply(toPage, data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === LINE_TO) {
          points.push(apply(toPage, data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === CURVE_TO) {
          // A curve is no border: it breaks the run of straight lines.
          flush();
          points.push(apply(toPage, data[k + 5]!, data[k + 6]!));
          k += 7;
        } else if (op === QUADRATIC_CURVE_TO) {
          flush();
          points.push(apply(toPage, data[k + 3]!, data[k + 4]!));
          k += 5;
        } else if (op === CLOSE_PATH) {
          if (points.length > 1) points.push(points[0]!);
          k += 1;
        } else break;
      }
      flush();
    }
  }
  return rules;
}

/** Text runs in viewport coordinates; rotated text (a diagonal "DRAFT" watermark, a sideways label) is left out. */
function itemsOf(pdfjs: PdfJs, items: unknown[], viewport: Matrix): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const raw of items) {
    const item = raw as { str?: string; transform?: Matrix; width?: number };
    if (!item.str?.trim() || !item.transform) continue;
    const m = pdfjs.Util.transform(viewport, item.transform) as Matrix;
    const size = Math.hypot(m[2], m[3]);
    if (size <= 0 || Math.abs(m[1]) > Math.abs(m[0]) * 0.05 || m[0] <= 0) continue;
    const scale = Math.hypot(viewport[0], viewport[1]);
    out.push({ text: item.str, x: m[4], y: m[5], width: (item.width ?? 0) * scale, size });
  }
  return out;
}

async function read(input: PdfWorkerData): Promise<PdfWorkerAnswer> {
  const pdfjs = (await import(input.pdfjsPath)) as PdfJs;
  const task = pdfjs.getDocument({
    data: input.bytes, verbosity: 0, disableFontFace: true, useSystemFonts: false,
    maxImageSize: 0, standardFontDataUrl: input.standardFontDataUrl, cMapUrl: input.cMapUrl, cMapPacked: true,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    return (err as { name?: string }).name === 'PasswordException' ? { kind: 'password' } : { kind: 'damaged' };
  }
  if (doc.numPages > input.maxPages) return { kind: 'too-many-pages', pages: doc.numPages };
  const pages: PdfPage[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const matrix = viewport.transform as Matrix;
    const text = await page.getTextContent();
    const items = itemsOf(pdfjs, text.items, matrix);
    // Borders matter only around text: a page without any is not drawn out.
    const ops = items.length ? await page.getOperatorList() : null;
    pages.push({
      number, width: viewport.width, height: viewport.height, items,
      rules: ops ? rulesOf(pdfjs, ops.fnArray, ops.argsArray, matrix) : [],
    });
    page.cleanup();
  }
  await task.destroy();
  return { kind: 'pages', pages };
}

read(workerData as PdfWorkerData).then(
  (answer) => parentPort?.postMessage(answer),
  () => parentPort?.postMessage({ kind: 'damaged' } satisfies PdfWorkerAnswer),
);
