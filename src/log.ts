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

/** A logger that writes nothing (tests that do not look at logs). */
export const silentLogger: Logger = pino({ level: 'silent' });
