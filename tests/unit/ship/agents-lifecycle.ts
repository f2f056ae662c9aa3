import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { parse } from 'yaml';
import { bicepOutputs, maskBicep } from './bicep-text';

/**
 * An offline dry run of an Agents Toolkit project (m365agents.yml): which step reads which `${{NAME}}`
 * and which step writes it, in the order the toolkit runs them. It models the toolkit's rules
 * (checked against @microsoft/m365agentstoolkit-cli 1.1.17):
 *
 * - a placeholder with an empty value is unresolved (MissingEnvironmentVariablesError), except
 *   APP_NAME_SUFFIX, which may be empty;
 * - TEAMSFX_ENV is set by the toolkit; AZURE_SUBSCRIPTION_ID and AZURE_RESOURCE_GROUP_NAME are asked for
 *   when empty (before the first arm/deploy);
 * - a step reads the placeholders in its `with`, in the manifest it is given (manifestPath) and in the
 *   parameter files of arm/deploy templates;
 * - a step writes: arm/deploy every output of its Bicep templates; teamsApp/create TEAMS_APP_ID (or its
 *   writeToEnvironmentFile.teamsAppId); botAadApp/create BOT_ID and SECRET_BOT_PASSWORD (or its
 *   writeToEnvironmentFile names); file/createOrUpdateEnvironmentFile the keys of `envs`; any other
 *   step the values of its writeToEnvironmentFile.
 *
 * Lifecycles run as the toolkit runs them, one after the other on the same env file: provision, deploy, publish.
 */

export const MAY_BE_EMPTY = ['APP_NAME_SUFFIX'];
export const SET_BY_TOOLKIT = ['TEAMSFX_ENV'];
export const ASKED_WHEN_EMPTY = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];
const LIFECYCLES = ['provision', 'deploy', 'publish'] as const;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Default names written by actions that write without being told (writeToEnvironmentFile overrides them). */
const DEFAULT_WRITES: Record<string, Record<string, string>> = {
  'teamsApp/create': { teamsAppId: 'TEAMS_APP_ID' },
  'botAadApp/create': { botId: 'BOT_ID', botPassword: 'SECRET_BOT_PASSWORD' },
};

export interface Step {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

export interface StepTrace {
  lifecycle: string;
  index: number;
  uses: string;
  reads: string[];
  writes: string[];
}

export interface DryRun {
  steps: StepTrace[];
  /** "provision step 4 (teamsApp/zipAppPackage) reads APP_TERMS_URL, which no earlier step writes and the env file leaves empty" */
  problems: string[];
  /** Every variable set at the end, and by whom ("env file", "toolkit", "provision step 2 (arm/deploy)"). */
  setBy: Map<string, string>;
}

/** The project's files, as read from a folder laid out like the repository. */
export interface Project {
  root: string;
  yml: { [lifecycle: string]: unknown };
}

export function readProject(root: string, ymlName = 'm365agents.yml'): Project {
  return { root, yml: parse(fs.readFileSync(path.join(root, ymlName), 'utf8')) as Project['yml'] };
}

/** The variables an env file sets, by the toolkit's rule for empty values. */
export function envFileValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(util.parseEnv(text))) {
    if (value || (value === '' && MAY_BE_EMPTY.includes(name))) values.set(name, value ?? '');
  }
  return values;
}

export function placeholders(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  if (Array.isArray(value)) return value.flatMap(placeholders);
  if (value && typeof value === 'object') return Object.values(value).flatMap(placeholders);
  return [];
}

function readFile(root: string, file: unknown): string {
  if (typeof file !== 'string') return '';
  const full = path.join(root, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
}

/** What a step reads: its `with`, the manifest it names, the parameter files of its templates. */
export function stepReads(root: string, step: Step): string[] {
  const reads = placeholders(step.with ?? {});
  if (step.with?.manifestPath) reads.push(...placeholders(readFile(root, step.with.manifestPath)));
  if (step.uses === 'arm/deploy') {
    for (const template of (step.with?.templates ?? []) as { parameters?: string }[]) reads.push(...placeholders(readFile(root, template.parameters)));
  }
  return [...new Set(reads)];
}

/** What a step writes into the env file. */
export function stepWrites(root: string, step: Step): string[] {
  const names = Object.values({ ...DEFAULT_WRITES[step.uses], ...step.writeToEnvironmentFile });
  if (step.uses === 'arm/deploy') {
    for (const template of (step.with?.templates ?? []) as { path?: string }[]) {
      names.push(...bicepOutputs(maskBicep(readFile(root, template.path), { strings: false })).keys());
    }
  }
  if (step.uses === 'file/createOrUpdateEnvironmentFile') names.push(...Object.keys((step.with?.envs ?? {}) as object));
  return [...new Set(names)];
}

/**
 * Runs the lifecycles of `project` against the variables of an env file (`envText`, e.g. env/.env.dev) and
 * `envName` (what `--env` would be), reporting every read of a variable that nothing has set by then.
 */
export function dryRun(project: Project, envText: string, envName: string): DryRun {
  const setBy = new Map<string, string>();
  for (const name of envFileValues(envText).keys()) setBy.set(name, 'env file');
  for (const name of SET_BY_TOOLKIT) setBy.set(name, `toolkit (--env ${envName})`);
  const steps: StepTrace[] = [];
  const problems: string[] = [];
  for (const lifecycle of LIFECYCLES) {
    const list = project.yml[lifecycle];
    if (!Array.isArray(list)) continue;
    (list as Step[]).forEach((step, index) => {
      const where = `${lifecycle} step ${index + 1} (${step.uses})`;
      const reads = stepReads(project.root, step);
      if (step.uses === 'arm/deploy') for (const name of ASKED_WHEN_EMPTY) if (!setBy.has(name)) setBy.set(name, `${where}: asked for`);
      for (const name of reads) {
        if (!setBy.has(name)) problems.push(`${where} reads ${name}, which no earlier step writes and the env file leaves empty`);
      }
      const writes = stepWrites(project.root, step);
      for (const name of writes) if (!setBy.has(name) || setBy.get(name) === 'env file') setBy.set(name, where);
      steps.push({ lifecycle, index: index + 1, uses: step.uses, reads, writes });
    });
  }
  return { steps, problems, setBy };
}
