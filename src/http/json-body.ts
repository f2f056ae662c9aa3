import type { IncomingMessage } from 'http';
import { ChaserError } from '../errors';

/**
 * A request refused before it reaches the bot (code `request-refused`): the HTTP status, the reason
 * sent on the wire (`PayloadTooLarge`, `UnsupportedMediaType`, …, as Bot Framework names them) and a
 * sentence for the caller.
 */
export class RequestRefusal extends ChaserError {
  constructor(readonly status: number, readonly reason: string, message: string) {
    super('request-refused', message);
  }
}

/**
 * The largest request body Chaser reads, in bytes. A Teams activity is a few kilobytes (Teams caps a
 * message near 28 KB); 256 KiB leaves room for channel data and attachments' metadata.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads a JSON request body of at most `limitBytes` bytes, counting the bytes actually received (not what
 * `content-length` claims) and stopping as soon as the limit is passed.
 *
 * Compressed bodies (`content-encoding` other than identity) are refused without reading them: Bot
 * Framework channels do not compress, and inflating before authentication would let anyone spend the
 * server's memory (a few hundred kilobytes of gzip inflate to gigabytes).
 *
 * @returns the parsed JSON value (any JSON type: the caller checks its shape)
 * @throws RequestRefusal 415 (encoded body or not JSON), 413 (over the limit), 400 (not valid JSON)
 */
export async function readJsonBody(req: IncomingMessage, limitBytes = MAX_BODY_BYTES): Promise<unknown> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    throw new RequestRefusal(415, 'UnsupportedMediaType', `Compressed request bodies (content-encoding: ${encoding.slice(0, 40)}) are not accepted: send plain JSON.`);
  }
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!/^application\/([\w.+-]*\+)?json\b/.test(type)) {
    throw new RequestRefusal(415, 'UnsupportedMediaType', 'Expected a JSON body (content-type: application/json).');
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes);

  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req) {
    const bytes = chunk as Buffer;
    received += bytes.length;
    if (received > limitBytes) throw tooLarge(limitBytes);
    chunks.push(bytes);
  }
  const text = Buffer.concat(chunks, received).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestRefusal(400, 'BadRequest', 'The request body is not valid JSON.');
  }
}

function tooLarge(limitBytes: number): RequestRefusal {
  return new RequestRefusal(413, 'PayloadTooLarge', `The request body is larger than ${Math.round(limitBytes / 1024)} KiB.`);
}
