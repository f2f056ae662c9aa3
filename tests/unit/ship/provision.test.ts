import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { dryRun, envFileValues, readProject } from './agents-lifecycle';
import { maskBicep } from './bicep-text';
import { ROOT, tempDir } from './fixtures';

/**
 * `atk provision` offline: every `${{NAME}}` that m365agents.yml, the manifest and the Bicep parameters
 * read is written by an earlier step (or the env file, or the toolkit), for every env file in env/; and
 * dev and prod do not share resource names in one resource group.
 */
const project = readProject(ROOT);
const envFiles = fs.readdirSync(path.join(ROOT, 'env')).filter((f) => /^\.env\.[a-z0-9]+$/.test(f));

/** A project folder made of the given files (paths relative to it), for the dry run's own cases. */
function fakeProject(files: Record<string, string>): string {
  const dir = tempDir('atk');
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const BICEP = "param environmentName string\noutput BOT_ID string = 'x'\noutput BOT_DOMAIN string = 'y' // a comment\n";
const MANIFEST = JSON.stringify({ id: '${{TEAMS_APP_ID}}', bots: [{ botId: '${{BOT_ID}}' }], developer: { termsOfUseUrl: '${{ORG_TERMS_LINK}}' } });
const YML_ORDER = (first: string, second: string) => `provision:\n${first}${second}`;
const CREATE = '  - uses: teamsApp/create\n    with:\n      name: Board${{APP_NAME_SUFFIX}}\n';
const ARM = '  - uses: arm/deploy\n    with:\n      subscriptionId: ${{AZURE_SUBSCRIPTION_ID}}\n      templates:\n        - path: ./main.bicep\n          parameters: ./params.json\n';
const ZIP = '  - uses: teamsApp/zipAppPackage\n    with:\n      manifestPath: ./manifest.json\n';

describe('atk provision, dry run offline (m365agents.yml, env files, manifest, Bicep)', () => {
  it('when the repository is checked, then there is an env file for dev and for prod, each naming its own environment', () => {
    expect(envFiles).toEqual(expect.arrayContaining(['.env.dev', '.env.prod']));
    for (const file of envFiles) {
      expect(util.parseEnv(fs.readFileSync(path.join(ROOT, 'env', file), 'utf8')).TEAMSFX_ENV).toBe(file.slice('.env.'.length));
    }
  });

  it.each(envFiles)('when provision, deploy and publish run on %s as shipped, then no step reads a variable before it is written', (file) => {
    const run = dryRun(project, fs.readFileSync(path.join(ROOT, 'env', file), 'utf8'), file.slice(5));
    expect(run.problems).toEqual([]);
    // It did look at the steps that read the most: the manifest (zip) and the Bicep parameters (arm/deploy).
    const zip = run.steps.find((s) => s.uses === 'teamsApp/zipAppPackage')!;
    expect(zip.reads).toEqual(expect.arrayContaining(['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN', 'APP_WEBSITE_URL', 'APP_PRIVACY_URL', 'APP_TERMS_URL']));
    expect(run.steps.find((s) => s.uses === 'arm/deploy')!.reads).toContain('TEAMSFX_ENV');
    for (const name of ['APP_WEBSITE_URL', 'APP_PRIVACY_URL', 'APP_TERMS_URL', 'BOT_ID', 'BOT_DOMAIN']) expect(run.setBy.get(name)).toMatch(/^provision step \d+ \(arm\/deploy\)$/);
    expect(run.setBy.get('TEAMS_APP_ID')).toBe('provision step 1 (teamsApp/create)');
    expect(run.setBy.get('WEB_APP_RESOURCE_ID')).toMatch(/arm\/deploy/);
  });

  it('when the About links are not Bicep outputs (as before), then the dry run names each one and the step that reads it', () => {
    const bicep = fs.readFileSync(path.join(ROOT, 'infra', 'main.bicep'), 'utf8').replace(/^output APP_(WEBSITE|PRIVACY|TERMS)_URL .*$/gm, '');
    const dir = fakeProject({ 'infra/main.bicep': bicep });
    for (const name of ['infra/main.parameters.json', 'appPackage/manifest.json', 'm365agents.yml']) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, name), path.join(dir, name));
    }
    const run = dryRun(readProject(dir), fs.readFileSync(path.join(ROOT, 'env', '.env.dev'), 'utf8'), 'dev');
    const first = run.problems.filter((p) => p.startsWith('provision step 3 (teamsApp/validateManifest)'));
    expect(first.map((p) => /reads (\w+)/.exec(p)![1]).sort()).toEqual(['APP_PRIVACY_URL', 'APP_TERMS_URL', 'APP_WEBSITE_URL']);
  });

  it('when a step reads what only a later step writes, then that read is reported, and the same steps in the other order are clean', () => {
    const files = { 'main.bicep': BICEP, 'params.json': '{"e":{"value":"${{TEAMSFX_ENV}}"}}', 'manifest.json': MANIFEST.replace('${{ORG_TERMS_LINK}}', 'https://x.example') };
    const run = dryRun(readProject(fakeProject({ ...files, 'm365agents.yml': YML_ORDER(ZIP + ARM, CREATE) })), 'APP_NAME_SUFFIX=\n', 'test');
    expect(run.problems.map((p) => /^(.*?) reads (\w+)/.exec(p)!.slice(1).join(' → '))).toEqual([
      'provision step 1 (teamsApp/zipAppPackage) → TEAMS_APP_ID',
      'provision step 1 (teamsApp/zipAppPackage) → BOT_ID',
    ]);
    const inOrder = dryRun(readProject(fakeProject({ ...files, 'm365agents.yml': YML_ORDER(CREATE + ARM, ZIP) })), 'APP_NAME_SUFFIX=\n', 'test');
    expect(inOrder.problems).toEqual([]);
    expect(inOrder.setBy.get('AZURE_SUBSCRIPTION_ID')).toMatch(/asked for/);
  });

  it('when a value is only in the env file, then it must be non-empty there; only APP_NAME_SUFFIX may be empty', () => {
    const dir = fakeProject({ 'main.bicep': BICEP, 'params.json': '{}', 'manifest.json': MANIFEST, 'm365agents.yml': YML_ORDER(CREATE + ARM, ZIP) });
    const empty = dryRun(readProject(dir), 'ORG_TERMS_LINK=\nAPP_NAME_SUFFIX=\n', 'test');
    expect(empty.problems).toEqual([expect.stringMatching(/^provision step 3 \(teamsApp\/zipAppPackage\) reads ORG_TERMS_LINK/)]);
    expect(dryRun(readProject(dir), 'ORG_TERMS_LINK="https://intranet.example/terms"\nAPP_NAME_SUFFIX=\n', 'test').problems).toEqual([]);
    // Empty is allowed for APP_NAME_SUFFIX, absent is not.
    expect(dryRun(readProject(dir), 'ORG_TERMS_LINK="https://intranet.example/terms"\n', 'test').problems).toEqual([expect.stringMatching(/^provision step 1 \(teamsApp\/create\) reads APP_NAME_SUFFIX/)]);
    expect([...envFileValues('A=\nB=""\nAPP_NAME_SUFFIX=\nC=x\n').keys()]).toEqual(['APP_NAME_SUFFIX', 'C']);
  });

  it('when a step writes through writeToEnvironmentFile, botAadApp/create or file/createOrUpdateEnvironmentFile, then later steps may read it', () => {
    const yml = [
      'provision:',
      '  - uses: botAadApp/create',
      '    with:',
      '      name: Board',
      '    writeToEnvironmentFile:',
      '      botId: PANEL_BOT_ID',
      '  - uses: file/createOrUpdateEnvironmentFile',
      '    with:',
      '      target: ./.localConfigs',
      '      envs:',
      '        ORG_TERMS_LINK: https://${{PANEL_BOT_ID}}.example/terms',
      '  - uses: teamsApp/create',
      '    with:',
      '      name: Board',
      '    writeToEnvironmentFile:',
      '      teamsAppId: PANEL_APP_ID',
      '  - uses: script',
      '    with:',
      '      run: echo ${{PANEL_APP_ID}} ${{ORG_TERMS_LINK}} ${{SECRET_BOT_PASSWORD}} ${{TEAMSFX_ENV}}',
      '  - uses: script',
      '    with:',
      '      run: echo ${{TEAMS_APP_ID}}',
    ].join('\n');
    const run = dryRun(readProject(fakeProject({ 'm365agents.yml': yml })), '', 'test');
    expect(run.problems).toEqual([expect.stringMatching(/^provision step 5 \(script\) reads TEAMS_APP_ID/)]);
    expect(run.setBy.get('ORG_TERMS_LINK')).toBe('provision step 2 (file/createOrUpdateEnvironmentFile)');
  });
});

describe('resource names per environment (infra/main.bicep)', () => {
  const source = maskBicep(fs.readFileSync(path.join(ROOT, 'infra', 'main.bicep'), 'utf8'), { strings: false });
  const parameters = JSON.parse(fs.readFileSync(path.join(ROOT, 'infra', 'main.parameters.json'), 'utf8')) as { parameters: Record<string, { value: unknown }> };

  /** Symbols an expression refers to, followed through `var` declarations. */
  function dependsOn(expression: string, vars: Map<string, string>, seen = new Set<string>()): Set<string> {
    for (const [, word] of expression.matchAll(/\b([A-Za-z_]\w*)\b/g)) {
      if (seen.has(word!)) continue;
      seen.add(word!);
      const definition = vars.get(word!);
      if (definition !== undefined) dependsOn(definition, vars, seen);
    }
    return seen;
  }

  const vars = new Map([...source.matchAll(/^var\s+(\w+)\s*=\s*(.+)$/gm)].map((m) => [m[1]!, m[2]!]));
  /** `name:` of each top-level resource (the line right after `resource … = {` blocks' opening). */
  const names = [...source.matchAll(/^resource\s+(\w+)\s+'([^']+)'\s*=\s*\{\n(?:\s*parent:\s*\w+\n)?\s*name:\s*(.+)$/gm)].map((m) => ({ symbol: m[1]!, type: m[2]!, name: m[3]!.trim() }));

  it('when the environment changes, then every globally or group-scoped resource name changes with it', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    // Children (the table service, the Teams channel) and extension resources take fixed names under a parent that already differs.
    const scoped = names.filter((n) => !/^'(default|MsTeamsChannel|to-log-analytics)'$/.test(n.name));
    const fixed = scoped.filter((n) => !dependsOn(n.name, vars).has('environmentName') && !/\b(storage|identity|webApp)\.id\b/.test(n.name));
    expect(fixed.map((n) => `${n.symbol}: ${n.name}`)).toEqual([]);
    expect(scoped.map((n) => n.symbol)).toEqual(expect.arrayContaining(['identity', 'storage', 'logs', 'insights', 'plan', 'webApp', 'bot']));
  });

  it('when the toolkit deploys, then environmentName comes from TEAMSFX_ENV and the deployment itself is named per environment', () => {
    expect(parameters.parameters.environmentName).toEqual({ value: '${{TEAMSFX_ENV}}' });
    expect(fs.readFileSync(path.join(ROOT, 'm365agents.yml'), 'utf8')).toMatch(/deploymentName: chaser-\$\{\{TEAMSFX_ENV\}\}/);
    // A manual run that forgets `-p environmentName=…` is refused before anything is created: the placeholder is too long.
    expect(source).toMatch(/@maxLength\(10\)\nparam environmentName string/);
    expect('${{TEAMSFX_ENV}}'.length).toBeGreaterThan(10);
  });

  it('when a storage account name is built for the longest base name and environment, then it stays within 24 characters and keeps 13 of the suffix', () => {
    expect(vars.get('storageAccountName')).toBe("take('st${take(replace(baseName, '-', ''), 9)}${suffix}', 24)");
    expect(vars.get('suffix')).toMatch(/uniqueString\(resourceGroup\(\)\.id, resourceBaseName, envName\)/);
    expect(2 + 9 + 13).toBeLessThanOrEqual(24);
  });
});
