import { timingSafeEqual } from 'crypto';
import type * as restify from 'restify';
import type { Logger } from '../log';

/** The header that unlocks the details of GET /readyz: the same shared secret as the job triggers. */
export const READINESS_SECRET_HEADER = 'x-chaser-jobs-secret';

/** How long one check may take before it counts as down, in milliseconds. */
export const READINESS_TIMEOUT_MS = 3000;

/** One part Chaser needs to serve: resolves when the part answers, rejects (with the reason) when it does not. */
export interface ReadinessCheck {
  /** What the platform sees when it is down: 'storage', 'connector'. */
  name: string;
  check(timeoutMs: number): Promise<void>;
}

export interface ReadinessDeps {
  checks: ReadinessCheck[];
  /** CHASER_JOBS_SECRET. Unset: nobody gets the details. */
  secret?: string;
  log: Logger;
  /** For tests; default READINESS_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** One check's outcome. `ms` and `error` are details: only a caller with the secret sees them. */
export interface CheckOutcome {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/** Runs every check side by side, each bounded by `timeoutMs`. */
export async function runChecks(checks: ReadinessCheck[], timeoutMs: number, now: () => number = Date.now): Promise<CheckOutcome[]> {
  return Promise.all(checks.map(async (c): Promise<CheckOutcome> => {
    const started = now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs); });
    try {
      await Promise.race([c.check(timeoutMs), timeout]);
      return { name: c.name, ok: true, ms: now() - started };
    } catch (err) {
      return { name: c.name, ok: false, ms: now() - started, error: err instanceof Error ? err.message : String(err) };
    } finally {
      clearTimeout(timer);
    }
  }));
}

/** True when the request carries the secret (compared in constant time); never when no secret is set. */
export function isPlatform(given: string | undefined, secret: string | undefined): boolean {
  if (!secret) return false;
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The answer of GET /readyz: 200 `{ status: 'ready' }` or 503 `{ status: 'unavailable', down: [names] }`.
 * Anyone may learn which part is down; how long each took and why it failed only go to the platform.
 */
export function readinessBody(outcomes: CheckOutcome[], platform: boolean): { status: number; body: Record<string, unknown> } {
  const down = outcomes.filter((o) => !o.ok).map((o) => o.name);
  const body: Record<string, unknown> = down.length ? { status: 'unavailable', down } : { status: 'ready' };
  if (platform) body.checks = outcomes;
  return { status: down.length ? 503 : 200, body };
}

/**
 * GET /readyz: is every part Chaser needs answering (storage; the Bot Framework connector's credentials
 * when an app id is set)? /healthz stays the cheap liveness probe the platform calls every minute.
 */
export function registerReadiness(server: restify.Server, deps: ReadinessDeps): void {
  server.get('/readyz', async (req: restify.Request, res: restify.Response) => {
    const outcomes = await runChecks(deps.checks, deps.timeoutMs ?? READINESS_TIMEOUT_MS);
    for (const o of outcomes) if (!o.ok) deps.log.warn({ part: o.name, error: o.error, ms: o.ms }, 'readiness: a part is down');
    const { status, body } = readinessBody(outcomes, isPlatform(req.header(READINESS_SECRET_HEADER), deps.secret));
    res.header('cache-control', 'no-store');
    res.send(status, body);
  });
}
