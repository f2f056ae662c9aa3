import * as fs from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import type { TurnContext } from 'botbuilder';
import { ImportRefusedError } from '../../src/app/imports/apply-import';
import { UsageError } from '../../src/cli/cli-io';
import { main } from '../../src/cli/main';
import { timingCommand } from '../../src/cli/commands/timing';
import { ConfigError } from '../../src/config';
import { fixedClock } from '../../src/domain/clock';
import {
  ChaserError, DuplicateRecordError, InvalidInputError, NotAllowedError, NotFoundError, StaleRecordError,
  answerFailure, errorCode, isUserError, userMessage,
} from '../../src/errors';
import { RequestRefusal } from '../../src/http/json-body';
import { ImportError } from '../../src/import/import-error';
import { startScheduler } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/log';
import { AzuriteMissingError } from '../../src/store/embedded-azurite';
import { turnErrorHandler } from '../../src/teams/turn-error';

const ROOT = path.resolve(__dirname, '../..');
const GENERIC = /^Sorry, something went wrong on my side and nothing was changed\./;

/** A logger whose lines are kept, parsed, for the assertions. */
function capturedLog() {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger('info', sink), lines, errors: () => lines.filter((l) => Number(l.level) >= 50) };
}

/** Every error Chaser raises on purpose, one of each class (invented names and values). */
const catalogue: Array<[string, ChaserError]> = [
  ['NotAllowedError', new NotAllowedError('Only the lead of #7 may update it.')],
  ['InvalidInputError', new InvalidInputError('The revised due date "31 June" is not a date.')],
  ['NotFoundError', new NotFoundError('There is no action 99.')],
  ['StaleRecordError', new StaleRecordError('Action OB 3-Mar-2024 #2')],
  ['DuplicateRecordError', new DuplicateRecordError('Action OB 3-Mar-2024 #2')],
  ['ImportError', new ImportError('no-actions', 'minutes.docx', 'No actions were found in "minutes.docx".')],
  ['ImportRefusedError', new ImportRefusedError({ fileName: 'tracker.xlsx', problems: [{ message: 'Row 4: no lead.' }] } as never)],
  ['RequestRefusal', new RequestRefusal(413, 'PayloadTooLarge', 'The request body is larger than 256 KiB.')],
  ['ConfigError', new ConfigError('Chaser cannot start: CHASER_PORT is not a number.')],
  ['UsageError', new UsageError('--meeting must be a date.')],
  ['AzuriteMissingError', new AzuriteMissingError()],
];

describe('the error catalogue', () => {
  it.each(catalogue)('when a %s is raised, then it is a ChaserError with a stable code and its own name', (name, err) => {
    expect(err).toBeInstanceOf(ChaserError);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe(name);
    expect(errorCode(err)).toBe(err.code);
    expect(err.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('when any class in src extends Error, then it is ChaserError itself (every other error class extends ChaserError)', () => {
    const files = fs.readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
      // src/tab is the browser page (bundled apart): its fetch error type never reaches the server's entry points.
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !path.join(e.parentPath, e.name).includes(`${path.sep}src${path.sep}tab${path.sep}`))
      .map((e) => path.join(e.parentPath, e.name));
    const extendsError = files.flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/class (\w+) extends (?:Error|TypeError|RangeError)\b/g)]
      .map((m) => `${path.relative(ROOT, file)}: ${m[1]}`));
    expect(extendsError).toEqual(['src/errors.ts: ChaserError']);
  });

  it('when every code is listed, then docs/architecture.md explains each one', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
    const source = fs.readFileSync(path.join(ROOT, 'src', 'errors.ts'), 'utf8');
    const union = source.slice(source.indexOf('export type ChaserErrorCode'), source.indexOf(';', source.indexOf('export type ChaserErrorCode')));
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThanOrEqual(15);
    expect(codes.filter((code) => !doc.includes(`| \`${code}\` |`))).toEqual([]);
  });
});

describe('userMessage and answerFailure', () => {
  it.each([
    ['a permission refusal', new NotAllowedError('Only the lead of #12 or the secretariat may update it. Nothing was changed.')],
    ['an unreadable document', new ImportError('unreadable', 'board.xlsx', '"board.xlsx" could not be read as a workbook.')],
    ['a usage mistake', new UsageError('Which action? Give its number.')],
  ])('when %s is answered, then the user sees its own sentence and nothing is logged as a failure', (_kind, err) => {
    const { log, errors } = capturedLog();
    expect(answerFailure(err, log, 'update failed')).toBe(err.message);
    expect(errors()).toEqual([]);
  });

  it.each([
    ['a storage outage', Object.assign(new Error('connect ECONNREFUSED 10.0.0.4:10002'), { code: 'ECONNREFUSED' })],
    ['an error dressed with a user code but not a ChaserError', Object.assign(new Error('internal detail'), { code: 'not-allowed' })],
    ['a ChaserError meant for the operator', new AzuriteMissingError()],
    ['a thrown string', 'socket hang up'],
  ])('when %s is answered, then the user gets the apology, never the detail, and it is logged once with its code', (_kind, err) => {
    const { log, errors } = capturedLog();
    const said = answerFailure(err, log, 'status update from a card failed', { route: 'status-card' });
    expect(said).toMatch(GENERIC);
    expect(said).not.toMatch(/ECONNREFUSED|internal detail|Azurite|at .*\.ts/);
    expect(errors()).toHaveLength(1);
    expect(errors()[0]).toMatchObject({ msg: 'status update from a card failed', route: 'status-card', code: errorCode(err) });
  });

  it('when an error is not one of ours, then its code is "unexpected" and it is not a user error', () => {
    expect(errorCode(new TypeError('x is undefined'))).toBe('unexpected');
    expect(isUserError(new TypeError('x is undefined'))).toBe(false);
    expect(isUserError(new StaleRecordError('Action OB 9-Jan-2025 #4'))).toBe(true);
    expect(userMessage(new StaleRecordError('Action OB 9-Jan-2025 #4'))).toMatch(/changed by someone else/);
  });
});

describe('entry points log every unexpected error once, with its code, and answer with a sentence', () => {
  function turn(type: string) {
    const sent: string[] = [];
    const context = { activity: { type, conversation: { id: 'conv-7' } }, sendActivity: async (text: string) => { sent.push(text); return undefined; } };
    return { context: context as unknown as TurnContext, sent };
  }

  it('when a turn fails unexpectedly, then onTurnError logs "turn failed" once with the code and the user gets the apology', async () => {
    const { log, errors } = capturedLog();
    const { context, sent } = turn('message');
    await turnErrorHandler(log)(context, new RangeError('Invalid time value'));
    expect(errors()).toHaveLength(1);
    expect(errors()[0]).toMatchObject({ msg: 'turn failed', code: 'unexpected', conversation: 'conv-7' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(GENERIC);
    expect(sent[0]).not.toMatch(/RangeError|Invalid time value/);
  });

  it('when a turn ends in a user error, then onTurnError answers with its sentence and logs no failure', async () => {
    const { log, errors, lines } = capturedLog();
    const { context, sent } = turn('invoke');
    const refusal = new NotAllowedError('Only the secretariat can import actions.');
    await turnErrorHandler(log)(context, refusal);
    expect(errors()).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'turn refused', code: 'not-allowed' }));
    expect(sent).toEqual([refusal.message]);
  });

  it('when a scheduled job fails, then the scheduler logs "scheduled job failed" once with the code', async () => {
    const { log, errors } = capturedLog();
    // 10:30 London on a Monday: the 09:00 run is today and past, so it is caught up at start.
    const scheduler = startScheduler([{ name: 'reminders', pattern: '0 9 * * *', catchUpOnStart: true, run: () => Promise.reject(new Error('table Actions: 503')) }],
      fixedClock('2024-03-04T10:30:00Z'), log, 60_000);
    await scheduler.stop();
    expect(errors()).toHaveLength(1);
    expect(errors()[0]).toMatchObject({ msg: 'scheduled job failed', job: 'reminders', code: 'unexpected' });
  });

  it('when a CLI command fails unexpectedly, then it prints the apology and the code on one line each, no stack, exit 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const spy = jest.spyOn(timingCommand, 'run').mockRejectedValue(new Error('disk quota exceeded'));
    try {
      const code = await main(['timing', 'By 13 May', '--meeting', '2022-04-21'], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(GENERIC);
    expect(err[1]).toBe('(error code unexpected: disk quota exceeded)');
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('when a CLI command is refused with a user error, then only its sentence is printed, exit 1', async () => {
    const err: string[] = [];
    const spy = jest.spyOn(timingCommand, 'run').mockRejectedValue(new NotFoundError('There is no meeting on 30 February.'));
    try {
      expect(await main(['timing', 'Summer 2021', '--meeting', '2021-01-14'], { out: () => undefined, err: (t) => err.push(t) }, {})).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(err).toEqual(['There is no meeting on 30 February.']);
  });
});
