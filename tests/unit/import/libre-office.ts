import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { extname, join } from 'path';

/** LibreOffice's command, when it is on PATH. CI installs it (.ci/run), so there PDF tests must run. */
const command = ['libreoffice', 'soffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const required = process.env.CI === 'true';

/** `describe` when the PDFs can be made (or must be, under CI, where a missing LibreOffice fails them), else `describe.skip`. */
export function describeWithLibreOffice(what: string): jest.Describe {
  if (command || required) return describe;
  console.log(`NOT RUN here: ${what} (neither \`libreoffice\` nor \`soffice\` is on PATH; CI installs it).`);
  return describe.skip;
}

/** Filters to open a format with: a web page as a Writer document (as Writer/Web, its first paragraph is lost). */
const INFILTER: Record<string, string> = { '.html': 'HTML (StarWriter)' };

/** Converted PDFs, by the SHA-256 of the document, for the rest of the run. */
const CACHE = join(tmpdir(), 'chaser-pdf-cache');

/**
 * Converts documents (.docx, .txt, .html …) to PDF with LibreOffice headless, all in one run of it (a few
 * seconds), and returns the PDFs by the names given. Throws when LibreOffice is missing or a conversion fails.
 */
export function convertToPdf(documents: Record<string, Buffer>): Record<string, Buffer> {
  if (!command) throw new Error('LibreOffice is required under CI: .ci/run installs libreoffice-writer-nogui.');
  mkdirSync(CACHE, { recursive: true });
  const hashes = Object.fromEntries(Object.entries(documents).map(([name, bytes]) => [name, createHash('sha256').update(bytes).update(extname(name)).update(INFILTER[extname(name)] ?? '').digest('hex')]));
  const missing = Object.keys(documents).filter((name) => !existsSync(join(CACHE, `${hashes[name]}.pdf`)));
  if (missing.length) {
    const dir = mkdtempSync(join(tmpdir(), 'chaser-pdf-'));
    try {
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      // One run of LibreOffice per kind of document (the input filter applies to every file of a run).
      for (const ext of new Set(missing.map((name) => extname(name)))) {
        const names = missing.filter((name) => extname(name) === ext);
        const inputs = names.map((name) => {
          const file = join(dir, `${hashes[name]}${ext}`);
          writeFileSync(file, documents[name]!);
          return file;
        });
        const filter = INFILTER[ext] ? [`--infilter=${INFILTER[ext]}`] : [];
        const run = spawnSync(command, [profile, '--headless', ...filter, '--convert-to', 'pdf', '--outdir', dir, ...inputs], { timeout: 180_000 });
        for (const name of names) {
          const pdf = join(dir, `${hashes[name]}.pdf`);
          if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name} (exit ${run.status}): ${run.stderr?.toString() ?? ''}`);
          copyFileSync(pdf, join(CACHE, `${hashes[name]}.pdf`));
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return Object.fromEntries(Object.keys(documents).map((name) => [name.replace(/\.[^.]+$/, '.pdf'), readFileSync(join(CACHE, `${hashes[name]}.pdf`))]));
}
