import * as fs from 'fs';
import * as path from 'path';
import { configTableMarkdown, envExampleText } from '../../src/config-table';

describe('the README', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

  it('when settings change, then the Configuration table must change with them', () => {
    const table = /<!-- config-table:start -->\n([\s\S]*?)\n<!-- config-table:end -->/.exec(readme)?.[1];
    expect(table).toBe(configTableMarkdown());
  });

  it('when settings change, then .env.example must change with them', () => {
    expect(fs.readFileSync(path.join(__dirname, '..', '..', '.env.example'), 'utf8')).toBe(envExampleText());
  });

  it('when the quick start is read, then its commands exist in package.json', () => {
    const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: object }).scripts);
    for (const script of readme.match(/npm (?:run )?([a-z:]+)/g) ?? []) {
      const name = script.replace(/^npm (run )?/, '');
      if (['ci', 'start', 'test', 'prune'].includes(name)) continue;
      expect(scripts).toContain(name);
    }
  });
});
