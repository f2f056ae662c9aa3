/**
 * Builds the register tab (`npm run build:tab`; `npm test` and `npm run build` run it): bundles
 * src/tab/main.ts with Preact, htm and the Teams JS library into dist/tab/tab.js (esbuild, minified,
 * with a source map), and copies index.html and tab.css beside it. Chaser serves dist/tab itself
 * (GET /tab): nothing is loaded from a CDN.
 */
import * as fs from 'fs';
import * as path from 'path';
import { build } from 'esbuild';

export const ROOT = path.resolve(__dirname, '..');
export const TAB_SOURCE = path.join(ROOT, 'src', 'tab');
export const TAB_OUT = path.join(ROOT, 'dist', 'tab');

/** Builds the page into `outDir`; returns the bundle's size in bytes. */
export async function buildTab(outDir = TAB_OUT): Promise<{ bytes: number }> {
  fs.mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(TAB_SOURCE, 'main.ts')],
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    outfile: path.join(outDir, 'tab.js'),
    tsconfig: path.join(TAB_SOURCE, 'tsconfig.json'),
    legalComments: 'linked',
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(TAB_SOURCE, 'index.html'), path.join(outDir, 'index.html'));
  fs.copyFileSync(path.join(TAB_SOURCE, 'tab.css'), path.join(outDir, 'tab.css'));
  return { bytes: fs.statSync(path.join(outDir, 'tab.js')).size };
}

if (require.main === module) {
  buildTab()
    .then(({ bytes }) => console.log(`register tab built: ${path.relative(process.cwd(), TAB_OUT)}/tab.js (${Math.round(bytes / 1024)} KiB)`))
    .catch((err: unknown) => {
      console.error('the register tab could not be built:', err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
