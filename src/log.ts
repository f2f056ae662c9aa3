import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured logs (JSON lines). Secrets never reach them: the paths below are redacted
 * wherever they appear, and settings are logged only through `describe()` helpers that omit them.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'chaser' },
      redact: {
        paths: [
          'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization',
          'appPassword', '*.appPassword', 'connectionString', '*.connectionString', 'jobsSecret', '*.jobsSecret', 'openAiKey', '*.openAiKey', 'api-key', '*.api-key',
        ],
        censor: '[redacted]',
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const PLUMBING = new Set(['level', 'time', 'app', 'msg', 'pid', 'hostname']);

/**
 * Lines a person can read in a terminal: "08:59:01 info  Chaser is listening  url=…". Applied after
 * pino's redaction, so secrets stay out of these lines too.
 */
export function textLines(out: NodeJS.WritableStream = process.stdout): pino.DestinationStream {
  return {
    write(line: string) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
      const extra = Object.entries(entry).filter(([k]) => !PLUMBING.has(k))
        .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(k === 'err' ? (v as { message?: string }).message ?? v : v) : String(v)}`);
      out.write(`${time} ${(LEVELS[Number(entry.level)] ?? 'info').padEnd(5)} ${String(entry.msg ?? '')}${extra.length ? `  ${extra.join(' ')}` : ''}\n`);
    },
  };
}

/** A logger that writes nothing (tests that do not look at logs). */
export const silentLogger: Logger = pino({ level: 'silent' });
