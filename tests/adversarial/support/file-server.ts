import * as http from 'http';
import type { AddressInfo } from 'net';

/** How one path answers: bytes with a true length, a chunked stream of `bytes` with no length, or a status. */
export type Served =
  | { kind: 'bytes'; body: Buffer }
  | { kind: 'chunked'; bytes: number }
  | { kind: 'endless' }
  | { kind: 'slow' }
  | { kind: 'declared'; declaredBytes: number }
  | { kind: 'status'; status: number };

/** A stand-in for where Teams keeps attachments: serves what each path is told to, over HTTP on a free port. */
export async function startFileServer(paths: Record<string, Served>): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const served = paths[(req.url ?? '').split('?')[0]!];
    if (!served || served.kind === 'status') {
      res.writeHead(served ? served.status : 404);
      return void res.end();
    }
    if (served.kind === 'bytes') {
      res.writeHead(200, { 'content-length': served.body.length });
      return void res.end(served.body);
    }
    if (served.kind === 'declared') {
      // Says how big it is and then sends only a little: the declared size alone must refuse it.
      res.writeHead(200, { 'content-length': served.declaredBytes });
      res.write(Buffer.alloc(1024, 'a'));
      return void setTimeout(() => res.destroy(), 100);
    }
    res.writeHead(200, { 'content-type': 'text/csv' });
    if (served.kind === 'slow') {
      // A trickle: 1 KB every 100 ms, for ever.
      const timer = setInterval(() => res.write(Buffer.alloc(1024, 'a')), 100);
      return void res.on('close', () => clearInterval(timer));
    }
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (served.kind === 'endless' || (served.kind === 'chunked' && sent < served.bytes)) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => { sent = Infinity; });
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
