import { dirname, extname, join } from 'path';
import { Worker } from 'worker_threads';
import { ImportError, unreadableDocument } from './import-error';
import type { PdfPage, PdfWorkerAnswer } from './pdf-page';
import type { PdfWorkerData } from './pdf-worker';

/** Limits on one PDF, so a hostile one cannot hold the server: pages read, seconds spent, memory used. */
export const PDF_LIMITS = { maxPages: 200, seconds: 30, heapMb: 512 } as const;

/** The worker beside this module: `pdf-worker.ts` from the sources, `pdf-worker.js` once built. */
const WORKER = join(__dirname, `pdf-worker${extname(__filename)}`);

function pdfjsFiles(): Pick<PdfWorkerData, 'pdfjsPath' | 'standardFontDataUrl' | 'cMapUrl'> {
  const pdfjsPath = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const root = join(dirname(pdfjsPath), '..', '..');
  return { pdfjsPath, standardFontDataUrl: `${join(root, 'standard_fonts')}/`, cMapUrl: `${join(root, 'cmaps')}/` };
}

/**
 * Reads each page's text runs and ruled lines from a PDF, in a worker thread that is ended after
 * `PDF_LIMITS.seconds`. Throws `ImportError`: 'unreadable' when the PDF is damaged, protected by a password
 * or takes too long to read; 'too-large' when it has more than `PDF_LIMITS.maxPages` pages.
 */
export function readPdfPages(fileName: string, content: Buffer, limits: { seconds?: number } = {}): Promise<PdfPage[]> {
  const seconds = limits.seconds ?? PDF_LIMITS.seconds;
  const data: PdfWorkerData = { bytes: new Uint8Array(content), maxPages: PDF_LIMITS.maxPages, ...pdfjsFiles() };
  return new Promise<PdfPage[]>((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: data, stdout: true, stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: PDF_LIMITS.heapMb },
    });
    // pdf.js says what it repairs on the console; the user is told in words, below, when it matters.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new ImportError(
      'unreadable', fileName,
      `"${fileName}" took longer than ${seconds} seconds to read, so Chaser stopped; it may be damaged or very large (save it again as a PDF, or send the actions as a Word document, and retry).`,
    ))), seconds * 1000);
    worker.on('message', (answer: PdfWorkerAnswer) => settle(() => {
      if (answer.kind === 'pages') resolve(answer.pages);
      else reject(refusal(fileName, answer));
    }));
    worker.on('error', () => settle(() => reject(unreadableDocument(fileName, 'a PDF document'))));
    worker.on('exit', () => settle(() => reject(unreadableDocument(fileName, 'a PDF document'))));
  });
}

function refusal(fileName: string, answer: Exclude<PdfWorkerAnswer, { kind: 'pages' }>): ImportError {
  if (answer.kind === 'password') {
    return new ImportError(
      'unreadable', fileName,
      `"${fileName}" is protected by a password, so Chaser cannot read it (save or print it as a PDF without a password, and retry).`,
    );
  }
  if (answer.kind === 'too-many-pages') {
    return new ImportError(
      'too-large', fileName,
      `"${fileName}" has ${answer.pages} pages, more than the ${PDF_LIMITS.maxPages} Chaser reads in one PDF (send the pages with the actions, and retry).`,
    );
  }
  return unreadableDocument(fileName, 'a PDF document');
}
