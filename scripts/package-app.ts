/**
 * Builds the Teams app package: `npm run package -- --env dev` → appPackage/build/chaser-dev.zip.
 *
 * 1. Reads appPackage/manifest.json and fills every `${{NAME}}` from, in order of precedence, the
 *    values given in code, the process environment, then env/.env.<env> (the file the Agents Toolkit
 *    also uses). Any placeholder without a value stops the build, listing all of them.
 * 2. Writes the resolved manifest to appPackage/build/manifest.<env>.json and validates it offline with
 *    @microsoft/app-manifest against the schema it bundles; the build fails with the schema's messages.
 * 3. Checks the icons (color.png 192×192; outline.png 32×32 with alpha, white on transparent).
 * 4. Zips manifest.json, color.png and outline.png at the root of appPackage/build/chaser-<env>.zip.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

export const ROOT = path.resolve(__dirname, '..');
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** Placeholders that may be set to an empty value (an empty suffix means "no suffix"). */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface PackageOptions {
  /** Environment name: reads env/.env.<env> and writes chaser-<env>.zip. */
  env: string;
  /** Values that win over everything else (tests, or a caller that already has them). */
  values?: Record<string, string>;
  /** Where the zip and the resolved manifest go. Default: appPackage/build. */
  outDir?: string;
  /** Folder with manifest.json, color.png and outline.png. Default: appPackage. */
  appPackageDir?: string;
  /** Folder with the .env.<env> files. Default: env. */
  envDir?: string;
  /** The environment consulted after `values`. Default: process.env. */
  processEnv?: NodeJS.ProcessEnv;
}

export interface PackageResult {
  zipPath: string;
  /** The resolved manifest written beside the zip (manifest.<env>.json). */
  manifestPath: string;
  manifest: Record<string, unknown>;
}

/** The package could not be built; `problems` are the individual reasons, one per line in `message`. */
export class PackageError extends Error {
  constructor(readonly headline: string, readonly problems: string[]) {
    super(`${headline}\n  ${problems.join('\n  ')}`);
    this.name = 'PackageError';
  }
}

export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const env = options.env;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(env)) throw new PackageError('Cannot package the app:', [`environment name "${env}" must be letters, digits, - or _`]);
  const appDir = options.appPackageDir ?? path.join(ROOT, 'appPackage');
  const envDir = options.envDir ?? path.join(ROOT, 'env');
  const outDir = options.outDir ?? path.join(appDir, 'build');
  const zipPath = path.join(outDir, `chaser-${env}.zip`);
  // A failed build must not leave the previous zip looking current.
  fs.rmSync(zipPath, { force: true });

  // 1. Placeholders.
  const envFile = path.join(envDir, `.env.${env}`);
  if (!fs.existsSync(envFile)) {
    throw new PackageError('Cannot package the app:', [`${path.relative(process.cwd(), envFile) || envFile} does not exist (copy env/.env.dev and fill it in, or check --env)`]);
  }
  const fromFile = util.parseEnv(fs.readFileSync(envFile, 'utf8'));
  const lookup = (name: string): string | undefined => {
    if (name === 'TEAMSFX_ENV') return options.values?.[name] ?? env;
    return options.values?.[name] ?? (options.processEnv ?? process.env)[name] ?? fromFile[name];
  };
  const template = fs.readFileSync(path.join(appDir, 'manifest.json'), 'utf8');
  const { text, missing } = resolvePlaceholders(template, lookup);
  if (missing.length) {
    throw new PackageError(
      `Cannot package the app: ${missing.length === 1 ? 'this placeholder has' : 'these placeholders have'} no value in ${path.basename(envFile)} or the environment:`,
      missing.map((name) => `\${{${name}}}${HINTS[name] ? `: ${HINTS[name]}` : ''}`),
    );
  }

  // 2. Schema validation, on the file exactly as it will be zipped.
  fs.mkdirSync(outDir, { recursive: true });
  const manifestPath = path.join(outDir, `manifest.${env}.json`);
  fs.writeFileSync(manifestPath, text);
  const schemaProblems = await validateManifestFile(manifestPath);
  if (schemaProblems.length) {
    throw new PackageError(`The app manifest is not valid (${path.relative(process.cwd(), manifestPath) || manifestPath}):`, schemaProblems);
  }
  const manifest = JSON.parse(text) as Record<string, unknown>;

  // 3. What the schema cannot see: icon files and their pixels, https links.
  const problems = [...checkManifestExtras(manifest), ...checkIcons(appDir)];
  if (problems.length) throw new PackageError('The app package is not valid:', problems);

  // 4. The zip: three files at its root, fixed dates so the same input gives the same bytes.
  const zip = new JSZip();
  const date = new Date(2000, 0, 1);
  zip.file('manifest.json', text, { date });
  zip.file('color.png', fs.readFileSync(path.join(appDir, 'color.png')), { date });
  zip.file('outline.png', fs.readFileSync(path.join(appDir, 'outline.png')), { date });
  fs.writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  return { zipPath, manifestPath, manifest };
}

const HINTS: Record<string, string> = {
  TEAMS_APP_ID: 'a new GUID that identifies the app in Teams; make one with `node -e "console.log(crypto.randomUUID())"` and keep it for every update',
  BOT_ID: 'the BOT_ID output of infra/main.bicep (the managed identity client id)',
  BOT_DOMAIN: 'the BOT_DOMAIN output of infra/main.bicep (the web app host name, no https://)',
  APP_WEBSITE_URL: "the APP_WEBSITE_URL output of infra/main.bicep (https://<BOT_DOMAIN>/, or your own page given as websiteUrl); shown on the app's About tab",
  APP_PRIVACY_URL: 'the APP_PRIVACY_URL output of infra/main.bicep (https://<BOT_DOMAIN>/privacy, or your own privacy statement given as privacyUrl)',
  APP_TERMS_URL: 'the APP_TERMS_URL output of infra/main.bicep (https://<BOT_DOMAIN>/terms, or your own terms of use given as termsUrl)',
  APP_NAME_SUFFIX: 'text after "Chaser" in the app name, e.g. " (dev)"; may be empty but must be present',
};

/** The placeholder names in a template, each once, in order of first appearance. */
export function findPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Replaces `${{NAME}}` with its value, JSON-escaped (the template is JSON text). A name is missing when it has
 * no value, or an empty one unless it may be empty.
 */
export function resolvePlaceholders(template: string, lookup: (name: string) => string | undefined): { text: string; missing: string[] } {
  const missing = findPlaceholders(template).filter((name) => {
    const value = lookup(name);
    return value === undefined || (value.trim() === '' && !MAY_BE_EMPTY.has(name));
  });
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = lookup(name);
    return value === undefined ? whole : JSON.stringify(value).slice(1, -1);
  });
  return { text, missing };
}

/** The local copy of a schema URL inside @microsoft/app-manifest, or undefined when it does not bundle it. */
export function bundledSchemaPath(schemaUrl: string): string | undefined {
  const match = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/v[0-9.]+\/MicrosoftTeams\.schema\.json)$/i.exec(schemaUrl);
  if (!match) return undefined;
  const file = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), match[1]!);
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Validates a Teams manifest file offline with @microsoft/app-manifest. Returns the schema's own messages
 * (e.g. `/bots/0/scopes/0 must be equal to one of the allowed values`), or [] when valid.
 */
export async function validateManifestFile(file: string): Promise<string[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    return [`not valid JSON: ${(err as Error).message}`];
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['the manifest must be a JSON object'];
  const schemaUrl = (raw as { $schema?: unknown }).$schema;
  if (typeof schemaUrl !== 'string') return ['$schema is missing: name the Teams schema, e.g. https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json'];
  // Only bundled schemas: validation must never depend on the network.
  if (!bundledSchemaPath(schemaUrl)) return [`$schema ${schemaUrl} is not one @microsoft/app-manifest bundles, so it cannot be checked offline (v1.19 to v1.30 are bundled; 1.18 does not exist)`];
  try {
    const [, errors] = await AppManifestUtils.readAndValidateTeamsManifest(file);
    return errors;
  } catch (err) {
    // The typed reader refuses some shapes (a missing object, a wrong enum) before the schema runs;
    // ask the schema itself so the message names the field and the rule.
    const errors = await AppManifestUtils.validateAgainstSchema(raw as AppManifest);
    return errors.length ? errors : [(err as Error).message];
  }
}

function checkManifestExtras(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const developer = (manifest.developer ?? {}) as Record<string, unknown>;
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    const url = developer[key];
    if (typeof url === 'string' && !/^https:\/\/[^\s/]+/i.test(url)) problems.push(`/developer/${key} must be an https:// address, got "${url}"`);
  }
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  if (icons.color !== 'color.png') problems.push(`/icons/color must be "color.png" (the file at the zip root), got ${JSON.stringify(icons.color)}`);
  if (icons.outline !== 'outline.png') problems.push(`/icons/outline must be "outline.png" (the file at the zip root), got ${JSON.stringify(icons.outline)}`);
  const domains = Array.isArray(manifest.validDomains) ? (manifest.validDomains as unknown[]) : [];
  for (const domain of domains) {
    if (typeof domain === 'string' && /^[a-z]+:\/\/|\//i.test(domain)) problems.push(`/validDomains: "${domain}" must be a host name only (no scheme or path)`);
  }
  return problems;
}

// ------------------------------------------------------------------------------------------------ icons

export interface PngImage {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** RGBA, 8 bits per channel (only for 8-bit images; undefined otherwise). */
  rgba?: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads a PNG's header and, for non-interlaced 8-bit images without a palette, its pixels. */
export function readPng(bytes: Buffer): PngImage {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bitDepth = bytes[24]!;
  const colorType = bytes[25]!;
  const interlace = bytes[28]!;
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number | undefined>)[colorType];
  if (bitDepth !== 8 || !channels || interlace !== 0) return { width, height, bitDepth, colorType };

  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    if (filter > 4) throw new Error(`PNG row ${y} has unknown filter ${filter}`);
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      out[x] = (line[x]! + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, a] = channels === 1 ? [p[0]!, p[0]!, p[0]!, 255] : channels === 2 ? [p[0]!, p[0]!, p[0]!, p[1]!] : channels === 3 ? [p[0]!, p[1]!, p[2]!, 255] : [p[0]!, p[1]!, p[2]!, p[3]!];
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, bitDepth, colorType, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Teams' icon rules: color.png 192×192; outline.png 32×32, with alpha, only white or transparent pixels. */
export function checkIcons(appDir: string): string[] {
  const problems: string[] = [];
  const open = (name: string): PngImage | undefined => {
    const file = path.join(appDir, name);
    if (!fs.existsSync(file)) {
      problems.push(`${name} is missing from ${appDir} (run npx tsx scripts/make-icons.ts)`);
      return undefined;
    }
    try {
      return readPng(fs.readFileSync(file));
    } catch (err) {
      problems.push(`${name}: ${(err as Error).message}`);
      return undefined;
    }
  };
  const color = open('color.png');
  if (color && (color.width !== ICON_SIZES.color || color.height !== ICON_SIZES.color)) {
    problems.push(`color.png must be ${ICON_SIZES.color}×${ICON_SIZES.color} pixels, it is ${color.width}×${color.height}`);
  }
  const outline = open('outline.png');
  if (outline) {
    if (outline.width !== ICON_SIZES.outline || outline.height !== ICON_SIZES.outline) {
      problems.push(`outline.png must be ${ICON_SIZES.outline}×${ICON_SIZES.outline} pixels, it is ${outline.width}×${outline.height}`);
    }
    if (outline.colorType !== 6 && outline.colorType !== 4) {
      problems.push(`outline.png must have an alpha channel (white on transparent); its PNG colour type is ${outline.colorType}`);
    } else if (!outline.rgba) {
      problems.push('outline.png must be an 8-bit, non-interlaced PNG so its pixels can be checked');
    } else {
      const bad = nonWhitePixels(outline.rgba);
      if (bad) problems.push(`outline.png must be white on transparent: ${bad} pixel(s) are visible but not white`);
    }
  }
  return problems;
}

/** Pixels that are not fully transparent and not pure white. */
export function nonWhitePixels(rgba: Uint8Array): number {
  let bad = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] !== 0 && (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255)) bad++;
  }
  return bad;
}

// -------------------------------------------------------------------------------------------------- CLI

function parseArgs(argv: string[]): { env?: string; outDir?: string; help: boolean } {
  const args: { env?: string; outDir?: string; help: boolean } = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--env' || flag === '-e') args.env = value();
    else if (flag === '--out') args.outDir = value();
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new PackageError('Cannot package the app:', [`unknown argument "${arg}" (usage: npm run package -- --env <name> [--out <folder>])`]);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.env) {
    console.log('usage: npm run package -- --env <name> [--out <folder>]\n  reads env/.env.<name>, writes appPackage/build/chaser-<name>.zip');
    process.exitCode = args.help ? 0 : 2;
    return;
  }
  const result = await packageApp({ env: args.env, outDir: args.outDir ? path.resolve(args.outDir) : undefined });
  const manifest = result.manifest as { version?: string; id?: string };
  console.log(`Teams app package: ${path.relative(process.cwd(), result.zipPath)} (app ${manifest.id}, version ${manifest.version})`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof PackageError ? err.message : err);
    process.exitCode = 1;
  });
}
