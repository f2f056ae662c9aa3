import { execFileSync } from 'child_process';
import * as path from 'path';

/** Packages that take seconds to load: `chaser --help` and every command's start must not need them. */
const HEAVY = ['botbuilder', '@microsoft/teams-ai', 'exceljs', 'docx', '@resvg/resvg-js', 'mammoth', 'jszip', '@azure/data-tables', 'chrono-node', 'date-holidays', 'restify'];

const root = path.join(__dirname, '..', '..', '..');

/** The packages loaded by requiring the CLI's entry, as `bin/chaser.js` does before it runs a command. */
function packagesLoadedAtStart(): string[] {
  const script = `
    require(require.resolve('tsx/cjs', { paths: [${JSON.stringify(root)}] }));
    require(${JSON.stringify(path.join(root, 'src', 'cli', 'main.ts'))});
    const names = new Set();
    for (const file of Object.keys(require.cache)) {
      const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file);
      if (m) names.add(m[1].replace(/\\\\/g, '/'));
    }
    process.stdout.write(JSON.stringify([...names]));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 })) as string[];
}

describe('the CLI at start', () => {
  it('when the CLI starts (before any command runs), then none of the heavy packages is loaded', () => {
    const loaded = packagesLoadedAtStart();
    expect(loaded).toContain('tsx');
    expect(HEAVY.filter((p) => loaded.includes(p))).toEqual([]);
  });
});
