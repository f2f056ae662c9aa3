/**
 * `npm run validate:atk -- --env dev`: the Microsoft 365 Agents Toolkit's own validation (`atk validate`,
 * schema and validation rules) on appPackage/ and env/.env.<env>, offline.
 *
 * 1. Installs the pinned CLI (ATK_VERSION) once into a cache folder from the npm registry, with install
 *    scripts off (its optional keychain module needs native libraries; validation does not use it).
 * 2. Copies appPackage/, m365agents.yml and env/.env.<env> to a temporary project, filling the values
 *    provision writes (TEAMS_APP_ID, BOT_ID, BOT_DOMAIN, the About links) with stand-ins where the file
 *    leaves them empty; a value in the file or in the environment wins.
 * 3. Runs `atk validate --env <env>` there and exits with its code. atk 1.1.17 reads the manifest schemas
 *    it bundles: no network is needed after the install.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';

export const ROOT = path.resolve(__dirname, '..');
export const ATK_PACKAGE = '@microsoft/m365agentstoolkit-cli';
export const ATK_VERSION = '1.1.17';

/** Stand-ins for what `atk provision` writes, shaped like real values (a GUID, a web app host, https links). */
export function standIns(env: string): Record<string, string> {
  const domain = `chaser-${env}-standin.azurewebsites.net`;
  return {
    TEAMS_APP_ID: '00000000-0000-4000-8000-00000000a11d',
    BOT_ID: '00000000-0000-4000-8000-0000000000b0',
    BOT_DOMAIN: domain,
    APP_WEBSITE_URL: `https://${domain}/`,
    APP_PRIVACY_URL: `https://${domain}/privacy`,
    APP_TERMS_URL: `https://${domain}/terms`,
  };
}

/**
 * The env file as `atk validate` gets it: every line kept, and each empty value that provision would write
 * filled from `overrides` (the environment) or the stand-ins. Variables the file does not declare are added.
 */
export function filledEnvFile(text: string, env: string, overrides: NodeJS.ProcessEnv = {}): string {
  const fill = standIns(env);
  const declared = util.parseEnv(text);
  const lines = text.split('\n').map((line) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=\s*$/.exec(line);
    const name = match?.[1];
    if (!name || !(name in fill)) return line;
    return `${name}=${overrides[name] || fill[name]}`;
  });
  for (const name of Object.keys(fill)) if (!(name in declared)) lines.push(`${name}=${overrides[name] || fill[name]}`);
  return lines.join('\n');
}

/** The atk binary of the pinned version, installed into `cacheDir` when it is not there yet. */
export function ensureAtk(cacheDir: string): string {
  const bin = path.join(cacheDir, 'node_modules', '.bin', 'atk');
  if (fs.existsSync(bin)) return bin;
  fs.mkdirSync(cacheDir, { recursive: true });
  const install = spawnSync('npm', ['install', '--prefix', cacheDir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', `${ATK_PACKAGE}@${ATK_VERSION}`], { stdio: 'inherit' });
  if (install.status !== 0 || !fs.existsSync(bin)) throw new Error(`could not install ${ATK_PACKAGE}@${ATK_VERSION}`);
  return bin;
}

export function validateWithAtk(env: string, options: { cacheDir?: string; processEnv?: NodeJS.ProcessEnv } = {}): number {
  const processEnv = options.processEnv ?? process.env;
  const envFile = path.join(ROOT, 'env', `.env.${env}`);
  if (!fs.existsSync(envFile)) throw new Error(`env/.env.${env} does not exist`);
  const atk = ensureAtk(options.cacheDir ?? path.join(processEnv.CHASER_ATK_CACHE ?? path.join(os.homedir(), '.cache', 'chaser-atk'), ATK_VERSION));
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-atk-'));
  try {
    fs.cpSync(path.join(ROOT, 'appPackage'), path.join(project, 'appPackage'), { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
    fs.copyFileSync(path.join(ROOT, 'm365agents.yml'), path.join(project, 'm365agents.yml'));
    fs.mkdirSync(path.join(project, 'env'));
    fs.writeFileSync(path.join(project, 'env', `.env.${env}`), filledEnvFile(fs.readFileSync(envFile, 'utf8'), env, processEnv));
    const run = spawnSync(atk, ['validate', '--env', env, '--folder', project, '--telemetry', 'false', '--interactive', 'false'], { cwd: project, stdio: 'inherit' });
    return run.status ?? 1;
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const env = args[args.indexOf('--env') + 1] && args.includes('--env') ? args[args.indexOf('--env') + 1]! : 'dev';
  try {
    process.exitCode = validateWithAtk(env);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
