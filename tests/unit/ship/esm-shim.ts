import * as path from 'path';

/**
 * @microsoft/app-manifest requires strip-bom 5, which is ESM only. Node 20.19+ loads it through require(esm),
 * but Jest's module registry cannot, so under Jest it gets this CommonJS stand-in with the same behaviour.
 * Import this file before anything that imports scripts/package-app.ts.
 */
const stripBom = require.resolve('strip-bom', { paths: [path.dirname(require.resolve('@microsoft/app-manifest'))] });
jest.doMock(stripBom, () => ({ __esModule: true, default: (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) }));
