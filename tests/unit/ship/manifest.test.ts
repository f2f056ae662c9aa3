import './esm-shim';
import * as fs from 'fs';
import * as path from 'path';
import { PackageError, bundledSchemaPath, findPlaceholders, packageApp, resolvePlaceholders, validateManifestFile } from '../../../scripts/package-app';
import { APP_PACKAGE, SAMPLE_VALUES, copyAppPackage, tempDir } from './fixtures';

type Json = Record<string, unknown>;
interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles?: boolean;
  commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
}

const template = fs.readFileSync(path.join(APP_PACKAGE, 'manifest.json'), 'utf8');

/** The real manifest with the sample values filled in, as an object. */
function resolvedManifest(): Json {
  const { text, missing } = resolvePlaceholders(template, (name) => SAMPLE_VALUES[name]);
  expect(missing).toEqual([]);
  return JSON.parse(text) as Json;
}

async function validate(manifest: Json): Promise<string[]> {
  const file = path.join(tempDir('manifest'), 'manifest.json');
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  return validateManifestFile(file);
}

describe('app manifest', () => {
  it('when the real manifest is filled with sample values, then the bundled Teams schema accepts it (offline)', async () => {
    expect(await validate(resolvedManifest())).toEqual([]);
  });

  it('uses a current schema (v1.19 or later) that @microsoft/app-manifest bundles, matching manifestVersion', () => {
    const manifest = JSON.parse(template) as { $schema: string; manifestVersion: string };
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(19);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(bundledSchemaPath(manifest.$schema)).toBeDefined();
  });

  it('declares the bot in personal, team and group chats, with files, the five commands and its domain', () => {
    const manifest = JSON.parse(template) as { bots: Bot[]; validDomains: string[]; id: string; icons: Json };
    expect(manifest.bots).toHaveLength(1);
    const bot = manifest.bots[0]!;
    expect(bot.botId).toBe('${{BOT_ID}}');
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(true);
    const titles = bot.commandLists.flatMap((list) => list.commands.map((c) => c.title));
    expect(titles).toEqual(['help', 'what is overdue', 'due this week', 'digest', 'import']);
    expect(bot.commandLists.flatMap((list) => list.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.validDomains).toEqual(['${{BOT_DOMAIN}}']);
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(findPlaceholders(template).sort()).toEqual(Object.keys(SAMPLE_VALUES).sort());
  });

  it('declares the register tab: personal static tabs beside the chat, a configurable tab for channels and chats, and SSO for the bot\'s app', () => {
    const manifest = resolvedManifest() as { staticTabs: Json[]; configurableTabs: Json[]; webApplicationInfo: Json; validDomains: string[] };
    const domain = SAMPLE_VALUES.BOT_DOMAIN!;
    expect(manifest.staticTabs.map((t) => t.entityId)).toEqual(['register', 'dashboard', 'conversations']);
    for (const tab of manifest.staticTabs.slice(0, 2)) {
      expect(tab.contentUrl).toBe(`https://${domain}/tab?view=${String(tab.entityId)}`);
      expect(tab.scopes).toEqual(['personal']);
    }
    expect(manifest.configurableTabs).toEqual([expect.objectContaining({ configurationUrl: `https://${domain}/tab/config`, scopes: ['team', 'groupChat'] })]);
    expect(manifest.webApplicationInfo).toEqual({ id: SAMPLE_VALUES.BOT_ID, resource: `api://${domain}/${SAMPLE_VALUES.BOT_ID}` });
    expect(manifest.validDomains).toContain(domain);
  });

  it('when the tab\'s SSO app id is not a GUID, then validation fails naming webApplicationInfo', async () => {
    const manifest = resolvedManifest();
    (manifest.webApplicationInfo as Json).id = 'chaser-app';
    const problems = await validate(manifest);
    expect(problems.join('\n')).toMatch(/webApplicationInfo/);
  });

  it('when a required field is missing, then validation fails with the schema message naming it', async () => {
    const manifest = resolvedManifest();
    delete manifest.developer;
    const errors = await validate(manifest);
    expect(errors.join('\n')).toContain("must have required property 'developer'");
  });

  it('when a bot scope is not one Teams knows, then validation fails with the allowed values', async () => {
    const manifest = resolvedManifest();
    (manifest.bots as Bot[])[0]!.scopes = ['personal', 'everyone'];
    const errors = await validate(manifest);
    expect(errors.join('\n')).toContain('/bots/0/scopes/1 must be equal to one of the allowed values');
    expect(errors.join('\n')).toContain('groupChat');
  });

  it('when the app id is not a GUID, then validation fails with the schema pattern', async () => {
    const errors = await validate({ ...resolvedManifest(), id: 'chaser' });
    expect(errors.join('\n')).toMatch(/\/id must match pattern/);
  });

  it('when the manifest names a schema that is not bundled (1.18 never existed), then it says so instead of going online', async () => {
    const manifest = { ...resolvedManifest(), $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json', manifestVersion: '1.18' };
    const errors = await validate(manifest);
    expect(errors.join('\n')).toMatch(/not one @microsoft\/app-manifest bundles/);
  });

  it('when the package is built from a broken manifest, then the build fails with the schema messages and leaves no zip (not even an older one)', async () => {
    const appPackageDir = copyAppPackage((m) => {
      delete m.developer;
      (m.bots as Bot[])[0]!.scopes = ['channel'];
    });
    const outDir = tempDir('out');
    fs.writeFileSync(path.join(outDir, 'chaser-dev.zip'), 'an older package');
    const attempt = packageApp({ env: 'dev', values: SAMPLE_VALUES, processEnv: {}, appPackageDir, outDir });
    await expect(attempt).rejects.toBeInstanceOf(PackageError);
    const error = (await attempt.catch((e: unknown) => e)) as PackageError;
    expect(error.message).toContain('The app manifest is not valid');
    expect(error.problems.join('\n')).toContain("must have required property 'developer'");
    expect(error.problems.join('\n')).toContain('/bots/0/scopes/0 must be equal to one of the allowed values');
    expect(fs.existsSync(path.join(outDir, 'chaser-dev.zip'))).toBe(false);
  });

  it('when a developer link is not https, then the build refuses it although the schema allows http', async () => {
    const outDir = tempDir('out');
    const attempt = packageApp({ env: 'dev', values: { ...SAMPLE_VALUES, APP_PRIVACY_URL: 'http://intranet.example.org/privacy' }, processEnv: {}, outDir });
    await expect(attempt).rejects.toThrow(/\/developer\/privacyUrl must be an https:\/\/ address/);
  });
});
