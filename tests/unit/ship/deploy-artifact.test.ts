import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { DEPLOY_PLATFORM, DeployBuildError, LOCAL_ONLY, NOT_LOADED_AT_RUN_TIME, STAGED, buildDeploy, folderSize, platformBinaries, pruneForRuntime, topLevelPackages, zipFolder } from '../../../scripts/build-deploy';
import { ROOT, tempDir } from './fixtures';

interface Lock { packages: Record<string, { dev?: boolean; optional?: boolean; devOptional?: boolean }> }
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

/** Writes files (path → text) under dir. */
function lay(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/** A repository with dist/ and bin/, where `npm ci` is stood in for by laying out `installed` packages. */
function fakeRepo(installed: string[], lockText = '{}'): { root: string; calls: string[][]; run: (c: string, a: string[], cwd: string) => void } {
  const root = tempDir('repo');
  lay(root, { 'dist/index.js': 'console.log(1)', 'dist/cli/main.js': '', 'bin/chaser.js': '#!/usr/bin/env node', 'package.json': '{"name":"x"}', 'package-lock.json': lockText, 'src/index.ts': 'no', 'README.md': 'no' });
  const calls: string[][] = [];
  const run = (command: string, args: string[], cwd: string) => {
    calls.push([command, ...args, path.relative(root, cwd)]);
    for (const name of installed) lay(cwd, { [`node_modules/${name}/index.js`]: 'module.exports = 1', [`node_modules/${name}/index.js.map`]: '{}', [`node_modules/${name}/index.d.ts`]: 'export {}' });
  };
  return { root, calls, run };
}

describe('the deploy artifact (npm run build:deploy, scripts/build-deploy.ts)', () => {
  it('when the lock file is installed with --omit=dev --omit=optional, then no local-only package is among what npm installs', () => {
    const production = Object.entries(lock.packages).filter(([name, entry]) => name && !entry.dev && !entry.optional && !entry.devOptional).map(([name]) => name.replace(/^.*node_modules\//, ''));
    expect(production.length).toBeGreaterThan(50);
    expect(LOCAL_ONLY.filter((p) => production.includes(p))).toEqual([]);
    for (const name of ['azurite', 'tsx', '@microsoft/m365agentsplayground', 'typescript']) {
      expect(pkg.devDependencies[name]).toBeDefined();
      expect(pkg.dependencies[name]).toBeUndefined();
      expect(lock.packages[`node_modules/${name}`]!.dev).toBe(true);
    }
    expect(pkg.scripts['build:deploy']).toBe('tsx scripts/build-deploy.ts');
  });

  it('when it runs, then it builds, stages dist, bin, package.json and the lock only, installs production dependencies there, prunes and zips', async () => {
    const repo = fakeRepo(['restify', '@azure/data-tables', 'pino']);
    const report = await buildDeploy({ root: repo.root, run: repo.run });
    expect(repo.calls).toEqual([
      ['npm', 'run', 'build', ''],
      ['npm', 'ci', '--omit=dev', '--omit=optional', '--no-audit', '--no-fund', path.join('.deploy', 'app')],
    ]);
    expect(fs.readdirSync(report.folder).sort()).toEqual([...STAGED, 'node_modules'].sort());
    expect(report.packages).toEqual(['@azure/data-tables', 'pino', 'restify']);
    const zip = await JSZip.loadAsync(fs.readFileSync(report.zipPath));
    const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
    expect(names).toContain('dist/index.js');
    expect(names).toContain('node_modules/@azure/data-tables/index.js');
    expect(names.filter((n) => NOT_LOADED_AT_RUN_TIME.test(n))).toEqual([]);
    expect(names.filter((n) => n.startsWith('src/') || n === 'README.md')).toEqual([]);
    expect(report.prunedBytes).toBe(3 * ('{}'.length + 'export {}'.length));
    expect(report.zipBytes).toBe(fs.statSync(report.zipPath).size);
    expect(report.files).toBe(names.length);
  });

  it('when a production package ships its native code as optional per-platform packages, then the lock names the web app\'s one (resvg for the paper\'s charts)', () => {
    expect(pkg.dependencies['@resvg/resvg-js']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(platformBinaries(lock, DEPLOY_PLATFORM)).toEqual([`@resvg/resvg-js-linux-x64-gnu@${pkg.dependencies['@resvg/resvg-js']}`]);
    expect(platformBinaries(lock, { os: 'darwin', cpu: 'arm64', libc: 'glibc' })).toEqual([`@resvg/resvg-js-darwin-arm64@${pkg.dependencies['@resvg/resvg-js']}`]);
  });

  const nativeLock = JSON.stringify({
    packages: {
      '': { dependencies: { 'draw-svg': '1.0.0' } },
      'node_modules/draw-svg': { version: '1.0.0', optionalDependencies: { 'draw-svg-linux-x64-gnu': '1.0.0', 'draw-svg-linux-x64-musl': '1.0.0', 'draw-svg-win32-x64': '1.0.0', 'not-a-binary': '2.0.0' } },
      'node_modules/draw-svg-linux-x64-gnu': { version: '1.0.0', optional: true, os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
      'node_modules/draw-svg-linux-x64-musl': { version: '1.0.0', optional: true, os: ['linux'], cpu: ['x64'], libc: ['musl'] },
      'node_modules/draw-svg-win32-x64': { version: '1.0.0', optional: true, os: ['win32'], cpu: ['x64'] },
      'node_modules/not-a-binary': { version: '2.0.0', optional: true },
    },
  });

  it('when the lock has a native binary for the web app\'s platform, then it is installed by name after npm ci and zipped', async () => {
    const repo = fakeRepo(['draw-svg', 'draw-svg-linux-x64-gnu'], nativeLock);
    const report = await buildDeploy({ root: repo.root, run: repo.run });
    expect(repo.calls.slice(1)).toEqual([
      ['npm', 'ci', '--omit=dev', '--omit=optional', '--no-audit', '--no-fund', path.join('.deploy', 'app')],
      ['npm', 'install', '--no-save', '--omit=dev', '--omit=optional', '--os=linux', '--cpu=x64', '--libc=glibc', '--no-audit', '--no-fund', 'draw-svg-linux-x64-gnu@1.0.0', path.join('.deploy', 'app')],
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync(report.zipPath));
    expect(zip.file('node_modules/draw-svg-linux-x64-gnu/index.js')).not.toBeNull();
  });

  it('when the native binary did not arrive, then the build stops naming it', async () => {
    const repo = fakeRepo(['draw-svg'], nativeLock);
    await expect(buildDeploy({ root: repo.root, run: repo.run })).rejects.toThrow('native binaries for linux-x64 were not installed: draw-svg-linux-x64-gnu@1.0.0');
  });

  it.each([['azurite'], ['tsx'], ['@microsoft/m365agentsplayground'], ['typescript']])('when %s reaches the production install, then the build stops naming it and writes no zip', async (name) => {
    const repo = fakeRepo(['restify', name]);
    const attempt = buildDeploy({ root: repo.root, run: repo.run });
    await expect(attempt).rejects.toBeInstanceOf(DeployBuildError);
    await expect(attempt).rejects.toThrow(`local-only packages reached the production install: ${name}`);
    expect(fs.existsSync(path.join(repo.root, '.deploy', 'chaser-app.zip'))).toBe(false);
  });

  it('when dist/ was not built and the build is skipped, then it says to run the build first', async () => {
    const repo = fakeRepo([]);
    fs.rmSync(path.join(repo.root, 'dist'), { recursive: true });
    await expect(buildDeploy({ root: repo.root, run: repo.run, skipBuild: true })).rejects.toThrow('dist/index.js is missing');
  });

  it('when node_modules holds plain and scoped packages and hidden folders, then the top level lists each package once', () => {
    const dir = tempDir('nm');
    lay(dir, { 'a/package.json': '{}', '@s/b/package.json': '{}', '@s/c/package.json': '{}', '.bin/x': '', '.package-lock.json': '{}', 'z/package.json': '{}' });
    expect(topLevelPackages(dir)).toEqual(['@s/b', '@s/c', 'a', 'z']);
    expect(topLevelPackages(path.join(dir, 'missing'))).toEqual([]);
  });

  it('when pruning, then maps and declarations go and everything Node loads stays', () => {
    const dir = tempDir('prune');
    const keep = ['a/index.js', 'a/lib/x.mjs', 'a/lib/y.cjs', 'a/package.json', 'a/data/words.json', 'a/types.ts.txt', 'a/map.js', 'a/LICENSE'];
    const drop = ['a/index.js.map', 'a/lib/x.mjs.map', 'a/index.d.ts', 'a/lib/y.d.cts', 'a/lib/x.d.mts', 'a/style.css.map'];
    lay(dir, Object.fromEntries([...keep, ...drop].map((f) => [f, 'xxxx'])));
    expect(pruneForRuntime(dir)).toBe(drop.length * 4);
    const left = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
    expect(left).toEqual([...keep].sort());
  });

  it('when a folder is zipped, then every file is in the zip with its path and bytes, and the sizes add up', async () => {
    const dir = tempDir('zip');
    lay(dir, { 'a.txt': 'alpha', 'deep/er/b.bin': 'β-bytes', 'bin/run.js': '#!' });
    fs.chmodSync(path.join(dir, 'bin/run.js'), 0o755);
    const zipPath = path.join(tempDir('zipout'), 'out.zip');
    await zipFolder(dir, zipPath);
    const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
    expect(await zip.file('deep/er/b.bin')!.async('string')).toBe('β-bytes');
    expect(await zip.file('a.txt')!.async('string')).toBe('alpha');
    expect((zip.file('bin/run.js')!.unixPermissions as number) & 0o777).toBe(0o755);
    expect(folderSize(dir)).toEqual({ bytes: 5 + Buffer.byteLength('β-bytes') + 2, files: 3 });
  });
});
