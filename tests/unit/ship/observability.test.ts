import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './fixtures';

/**
 * The README's Azure queries read log lines by their message; these must be the messages the code writes,
 * and App Service must forward them (the diagnostic setting in infra/main.bicep).
 */
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Logs in Azure'), readme.indexOf('## Running against Azure'));

function sources(dir: string): string {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('logs in Azure (README queries)', () => {
  const code = sources(path.join(ROOT, 'src'));

  it('when the README names a log line, then the code writes exactly that message', () => {
    const list = section.slice(section.indexOf('The lines these queries read:'), section.indexOf('A test ('));
    const named = [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((name) => name.includes(' '));
    const quoted = [...section.matchAll(/e\.msg\) == "([^"]+)"/g)].map((m) => m[1]!);
    const messages = [...new Set([...named, ...quoted])];
    expect(messages).toEqual(expect.arrayContaining(['reminder sweep done', 'reminder not delivered', 'weekly digest done', 'digest not delivered', 'scheduled job failed', 'request failed']));
    const missing = messages.filter((msg) => !code.includes(`'${msg}'`));
    expect(missing).toEqual([]);
  });

  it('when the web app runs, then its standard output and HTTP logs go to the workspace the queries read', () => {
    const bicep = fs.readFileSync(path.join(ROOT, 'infra', 'main.bicep'), 'utf8');
    for (const category of ['AppServiceConsoleLogs', 'AppServiceHTTPLogs']) {
      expect(bicep).toContain(`category: '${category}'`);
      expect(section).toContain(category);
    }
    expect(bicep).toMatch(/workspaceId: logs\.id/);
  });

  it('when the queries filter by level, then they use pino\'s numbers (40 warn, 50 error)', () => {
    expect(section).toContain('toint(e.level) >= 40');
    expect(section).toContain('toint(e.level) >= 50');
    const pino = require('pino') as { levels: { values: Record<string, number> } };
    expect(pino.levels.values.warn).toBe(40);
    expect(pino.levels.values.error).toBe(50);
  });
});
