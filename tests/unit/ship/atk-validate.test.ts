import './esm-shim';
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { ATK_VERSION, filledEnvFile, standIns } from '../../../scripts/atk-validate';
import { resolvePlaceholders } from '../../../scripts/package-app';
import { ROOT } from './fixtures';

/** What `npm run validate:atk` hands to `atk validate`: the repository's env file, provisioned values stood in. */
describe('npm run validate:atk (scripts/atk-validate.ts)', () => {
  const manifest = fs.readFileSync(path.join(ROOT, 'appPackage', 'manifest.json'), 'utf8');

  it.each(['dev', 'prod'])('when env/.env.%s is filled, then every placeholder of the manifest has a value and the rest of the file is kept', (env) => {
    const text = fs.readFileSync(path.join(ROOT, 'env', `.env.${env}`), 'utf8');
    const filled = util.parseEnv(filledEnvFile(text, env));
    const { missing } = resolvePlaceholders(manifest, (name) => (name === 'APP_NAME_SUFFIX' ? filled[name] ?? undefined : filled[name] || undefined));
    expect(missing).toEqual([]);
    expect(filled.TEAMSFX_ENV).toBe(env);
    for (const line of text.split('\n').filter((l) => l.startsWith('#'))) expect(filledEnvFile(text, env)).toContain(line);
  });

  it('when the file or the environment has a value, then it wins over the stand-in; undeclared names are added', () => {
    const text = 'TEAMSFX_ENV=staging\nBOT_ID=\nBOT_DOMAIN=board.example.net\nAPP_TERMS_URL=\n';
    const filled = util.parseEnv(filledEnvFile(text, 'staging', { APP_TERMS_URL: 'https://intranet.example/terms' }));
    expect(filled.BOT_ID).toBe(standIns('staging').BOT_ID);
    expect(filled.BOT_DOMAIN).toBe('board.example.net');
    expect(filled.APP_TERMS_URL).toBe('https://intranet.example/terms');
    expect(filled.TEAMS_APP_ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(filled.APP_WEBSITE_URL).toMatch(/^https:\/\/chaser-staging-standin\.azurewebsites\.net\/$/);
  });

  it('pins the toolkit CLI version the README names', () => {
    expect(ATK_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`checked\nwith ${ATK_VERSION}`);
  });
});
