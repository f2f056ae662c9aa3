import './esm-shim';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { PackageError, packageApp } from '../../../scripts/package-app';
import { APP_PACKAGE, ROOT, SAMPLE_VALUES, tempDir } from './fixtures';

async function entries(zipPath: string): Promise<{ names: string[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  return { names: Object.values(zip.files).map((f) => f.name).sort(), zip };
}

describe('npm run package (scripts/package-app.ts)', () => {
  it('when every placeholder has a value, then chaser-<env>.zip holds exactly manifest.json, color.png and outline.png at its root', async () => {
    const outDir = tempDir('out');
    const result = await packageApp({ env: 'dev', values: SAMPLE_VALUES, processEnv: {}, outDir });
    expect(result.zipPath).toBe(path.join(outDir, 'chaser-dev.zip'));
    const { names, zip } = await entries(result.zipPath);
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text) as { id: string; bots: { botId: string }[]; validDomains: string[]; name: { short: string } };
    expect(manifest.id).toBe(SAMPLE_VALUES.TEAMS_APP_ID);
    expect(manifest.bots[0]!.botId).toBe(SAMPLE_VALUES.BOT_ID);
    expect(manifest.validDomains).toEqual([SAMPLE_VALUES.BOT_DOMAIN]);
    expect(manifest.name.short).toBe('Chaser (test)');
    for (const icon of ['color.png', 'outline.png']) {
      expect((await zip.file(icon)!.async('nodebuffer')).equals(fs.readFileSync(path.join(APP_PACKAGE, icon)))).toBe(true);
    }
    // The resolved manifest is kept beside the zip for inspection.
    expect(fs.readFileSync(path.join(outDir, 'manifest.dev.json'), 'utf8')).toBe(text);
  });

  it('when the same values are packaged twice, then the zips are byte for byte the same', async () => {
    const a = await packageApp({ env: 'dev', values: SAMPLE_VALUES, processEnv: {}, outDir: tempDir('a') });
    const b = await packageApp({ env: 'dev', values: SAMPLE_VALUES, processEnv: {}, outDir: tempDir('b') });
    expect(fs.readFileSync(a.zipPath).equals(fs.readFileSync(b.zipPath))).toBe(true);
  });

  it('when placeholders have no value (env/.env.dev is an empty template), then it fails listing every one and writes nothing', async () => {
    const outDir = tempDir('out');
    const attempt = packageApp({ env: 'dev', values: { BOT_ID: SAMPLE_VALUES.BOT_ID! }, processEnv: {}, outDir });
    await expect(attempt).rejects.toBeInstanceOf(PackageError);
    const error = (await attempt.catch((e: unknown) => e)) as PackageError;
    const listed = error.problems.map((p) => /^\$\{\{(\w+)\}\}/.exec(p)?.[1]);
    expect(listed.sort()).toEqual(['APP_PRIVACY_URL', 'APP_TERMS_URL', 'APP_WEBSITE_URL', 'BOT_DOMAIN', 'TEAMS_APP_ID']);
    expect(error.message).toContain('.env.dev');
    expect(error.message).toContain('TEAMS_APP_ID}}: a new GUID');
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('takes values from env/.env.<env>, lets the process environment win over the file, and code values win over both', async () => {
    const envDir = tempDir('env');
    const file = Object.entries(SAMPLE_VALUES).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('\n');
    fs.writeFileSync(path.join(envDir, '.env.staging'), `# a comment\n${file}\nBOT_DOMAIN=from-file.example.net\n`);
    const outDir = tempDir('out');
    const result = await packageApp({
      env: 'staging',
      envDir,
      outDir,
      processEnv: { BOT_DOMAIN: 'from-shell.example.net', APP_NAME_SUFFIX: ' (shell)' },
      values: { APP_NAME_SUFFIX: ' "β" test' },
    });
    const manifest = result.manifest as { validDomains: string[]; name: { short: string }; id: string };
    expect(result.zipPath).toBe(path.join(outDir, 'chaser-staging.zip'));
    expect(manifest.id).toBe(SAMPLE_VALUES.TEAMS_APP_ID);
    expect(manifest.validDomains).toEqual(['from-shell.example.net']);
    expect(manifest.name.short).toBe('Chaser "β" test'); // quotes in a value are escaped into the JSON
  });

  it('when the env file does not exist, then it says which file it looked for', async () => {
    await expect(packageApp({ env: 'nope', values: SAMPLE_VALUES, processEnv: {}, outDir: tempDir('out') })).rejects.toThrow(/\.env\.nope does not exist/);
  });

  it('as a command: `--env dev` with the values in the environment writes the zip; without them it exits 1 listing them', async () => {
    const outDir = tempDir('cli');
    const run = (env: NodeJS.ProcessEnv) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, ['--import', 'tsx', 'scripts/package-app.ts', '--env', 'dev', '--out', outDir], { cwd: ROOT, env }, (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
        );
      });
    const base = { PATH: process.env.PATH, HOME: process.env.HOME };
    const ok = await run({ ...base, ...SAMPLE_VALUES });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('chaser-dev.zip');
    expect(fs.existsSync(path.join(outDir, 'chaser-dev.zip'))).toBe(true);

    const missing = await run({ ...base, ...SAMPLE_VALUES, BOT_DOMAIN: '', TEAMS_APP_ID: '' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('${{TEAMS_APP_ID}}');
    expect(missing.stderr).toContain('${{BOT_DOMAIN}}');
  }, 60000);
});
