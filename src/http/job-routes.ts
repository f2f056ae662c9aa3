import { timingSafeEqual } from 'crypto';
import type * as restify from 'restify';
import type { Logger } from '../log';

/** A job the platform scheduler may trigger: `POST /api/jobs/<name>` with the shared secret. */
export interface TriggerableJob {
  name: string;
  run(options: { dryRun: boolean; force: boolean }): Promise<unknown>;
}

export const JOBS_SECRET_HEADER = 'x-chaser-jobs-secret';

/**
 * Job triggers for a platform scheduler (Azure Logic Apps, a cron job) when the in-process schedule is
 * off. Protected by a shared secret in a header, compared in constant time; off when no secret is set.
 */
export function addJobRoutes(server: restify.Server, jobs: TriggerableJob[], secret: string | undefined, log: Logger): void {
  server.post('/api/jobs/:name', async (req: restify.Request, res: restify.Response) => {
    const name = String((req.params as Record<string, unknown>).name ?? '');
    if (!secret) {
      res.send(404, { code: 'NotFound', message: 'Job triggers are off: set CHASER_JOBS_SECRET to enable them.' });
      return;
    }
    const given = Buffer.from(String(req.header(JOBS_SECRET_HEADER) ?? ''));
    const expected = Buffer.from(secret);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      log.warn({ job: name }, 'job trigger refused: wrong or missing secret');
      res.send(401, { code: 'Unauthorized', message: `Send the jobs secret in the ${JOBS_SECRET_HEADER} header.` });
      return;
    }
    const job = jobs.find((j) => j.name === name);
    if (!job) {
      res.send(404, { code: 'NotFound', message: `No job "${name}". Jobs: ${jobs.map((j) => j.name).join(', ')}.` });
      return;
    }
    const query = (req.query ?? {}) as Record<string, string>;
    const report = await job.run({ dryRun: query.dryRun === 'true', force: query.force === 'true' });
    res.send(200, report);
  });
}
