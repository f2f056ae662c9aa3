import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './fixtures';

/**
 * The dependency rule (.dependency-cruiser.cjs, run by `npm run lint:deps` inside `npm test`) is proven
 * here on a small invented tree: each kind of wrong import is caught by its rule, and right ones pass.
 */
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');

interface Violation { rule: { name: string }; from: string; to: string }

function cruise(files: Record<string, string>): Violation[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-deps-'));
  try {
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, strict: true } }));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    let out: string;
    try {
      out = execFileSync(process.execPath, [DEPCRUISE, 'src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    } catch (err) {
      out = (err as { stdout?: string }).stdout ?? '';
    }
    return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const rulesBroken = (violations: Violation[], from: string) => [...new Set(violations.filter((v) => v.from === from).map((v) => v.rule.name))].sort();

describe('the dependency rule', () => {
  const violations = cruise({
    'src/app/ports.ts': 'export interface Register { count(): number }\n',
    'src/app/reminders/send-late-notes.ts': "import { teamsSend } from '../../teams/send';\nexport const sendLateNotes = () => teamsSend();\n",
    'src/app/digest/read-store.ts': "import { tableCount } from '../../store/tables';\nexport const count = () => tableCount();\n",
    'src/domain/rules.ts': "import { tableCount } from '../store/tables';\nexport const rule = () => tableCount();\n",
    'src/domain/card-words.ts': "import { CardFactory } from 'botbuilder';\nexport const words = () => CardFactory;\n",
    'src/domain/dates.ts': "import * as chrono from 'chrono-node';\nimport { rule } from './rules';\nexport const read = (t: string) => [chrono.parseDate(t), rule()];\n",
    'src/store/tables.ts': "import type { Register } from '../app/ports';\nexport const tableCount = (r?: Register) => r?.count() ?? 0;\n",
    'src/store/sweeper.ts': "import { sendLateNotes } from '../app/reminders/send-late-notes';\nimport { card } from '../cards/late-card';\nexport const sweep = () => [sendLateNotes(), card()];\n",
    'src/cards/late-card.ts': "import { tableCount } from '../store/tables';\nexport const card = () => tableCount();\n",
    'src/teams/send.ts': "import { TurnContext } from 'botbuilder';\nexport const teamsSend = () => TurnContext;\n",
    'src/http/bot-check.ts': "import { Application } from '@microsoft/teams-ai';\nexport const check = () => Application;\n",
    'src/export/left.ts': "import { right } from './right';\nexport const left = (): number => right() + 1;\n",
    'src/export/right.ts': "import type { left } from './left';\nexport const right = (_l?: typeof left): number => 1;\n",
    'src/chaser.ts': "import { tableCount } from './store/tables';\nimport { sendLateNotes } from './app/reminders/send-late-notes';\nexport const start = () => [tableCount(), sendLateNotes()];\n",
  });

  it('when a use case imports Teams or the concrete store, then it is refused (use cases go through ports)', () => {
    expect(rulesBroken(violations, 'src/app/reminders/send-late-notes.ts')).toEqual(['use-cases-only-through-ports']);
    expect(rulesBroken(violations, 'src/app/digest/read-store.ts')).toEqual(['concrete-store-only-in-composition-roots', 'use-cases-only-through-ports']);
  });

  it('when the domain imports an outer layer or an SDK, then it is refused; a pure library and the domain itself are fine', () => {
    expect(rulesBroken(violations, 'src/domain/rules.ts')).toEqual(['concrete-store-only-in-composition-roots', 'domain-is-pure']);
    expect(rulesBroken(violations, 'src/domain/card-words.ts')).toEqual(['bot-sdk-only-in-teams', 'domain-is-pure', 'domain-no-sdk']);
    expect(rulesBroken(violations, 'src/domain/dates.ts')).toEqual([]);
  });

  it('when the store imports a use case or a card, then it is refused; importing the ports is fine', () => {
    expect(rulesBroken(violations, 'src/store/sweeper.ts')).toEqual(['store-knows-no-use-case']);
    expect(rulesBroken(violations, 'src/store/tables.ts')).toEqual([]);
  });

  it('when botbuilder or teams-ai is imported outside src/teams, then it is refused; inside it is fine', () => {
    expect(rulesBroken(violations, 'src/http/bot-check.ts')).toEqual(['bot-sdk-only-in-teams']);
    expect(rulesBroken(violations, 'src/teams/send.ts')).toEqual([]);
  });

  it('when only the composition root imports the concrete store, then that is fine; a card doing so is refused', () => {
    expect(rulesBroken(violations, 'src/chaser.ts')).toEqual([]);
    expect(rulesBroken(violations, 'src/cards/late-card.ts')).toEqual(['concrete-store-only-in-composition-roots']);
  });

  it('when two modules import each other, even for a type, then the cycle is refused', () => {
    expect([...rulesBroken(violations, 'src/export/left.ts'), ...rulesBroken(violations, 'src/export/right.ts')]).toEqual(['no-cycles']);
  });
});
