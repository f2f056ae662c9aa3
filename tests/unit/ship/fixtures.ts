import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const APP_PACKAGE = path.join(ROOT, 'appPackage');

/** What a real deployment would put in env/.env.<env>: the Bicep outputs, a Teams app id and the links. */
export const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab',
  BOT_ID: '2b7e1516-28ae-4d2a-9abf-7158809cf4f3',
  BOT_DOMAIN: 'chaser-k3x9v2m7q1w4e.azurewebsites.net',
  APP_WEBSITE_URL: 'https://intranet.example.org/chaser',
  APP_PRIVACY_URL: 'https://intranet.example.org/privacy',
  APP_TERMS_URL: 'https://intranet.example.org/terms',
  APP_NAME_SUFFIX: ' (test)',
};

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `chaser-ship-${label}-`));
}

/** A copy of appPackage/ (manifest and icons) in a temp folder, the manifest changed by `edit`. */
export function copyAppPackage(edit?: (manifest: Record<string, unknown>) => void): string {
  const dir = tempDir('app');
  for (const name of ['manifest.json', 'color.png', 'outline.png']) fs.copyFileSync(path.join(APP_PACKAGE, name), path.join(dir, name));
  if (edit) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    edit(manifest);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  }
  return dir;
}
