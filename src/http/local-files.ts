import { randomBytes } from 'crypto';
import type * as restify from 'restify';

/** How long a download link works. */
const LINK_LIFE_MS = 5 * 60_000;

interface Held {
  name: string;
  bytes: Buffer;
  expires: number;
}

/**
 * Local mode only (no app id, loopback only): the Agents Playground cannot show Teams' file consent card,
 * so a file Chaser would send (the board paper) is offered as a link to this server instead, with an
 * unguessable token, working for five minutes. Production never registers it.
 */
export class LocalFileDrop {
  private readonly held = new Map<string, Held>();

  constructor(private readonly baseUrl: () => string, private readonly now: () => number = Date.now) {}

  /** Holds the file and returns the link that downloads it. */
  offer(name: string, bytes: Buffer): string {
    this.forgetExpired();
    const token = randomBytes(18).toString('base64url');
    this.held.set(token, { name, bytes, expires: this.now() + LINK_LIFE_MS });
    return `${this.baseUrl()}/files/${token}`;
  }

  /** `GET /files/:token`: the file, or 404 once it has expired or never was. */
  register(server: restify.Server): void {
    server.get('/files/:token', async (req: restify.Request, res: restify.Response) => {
      this.forgetExpired();
      const held = this.held.get(String((req.params as Record<string, unknown>).token ?? ''));
      if (!held) {
        res.send(404, { code: 'NotFound', message: 'This download link has expired (links work for five minutes). Press "Get the board paper" again.' });
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-disposition': `attachment; filename="${held.name.replace(/[^\w.-]/g, '_')}"`,
        'content-length': held.bytes.length,
      });
      res.end(held.bytes);
    });
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [token, held] of this.held) if (held.expires < now) this.held.delete(token);
  }
}
