import { ImportError } from '../import/import-error';
/** A download that failed or was refused: `code` is one of errors.ts's user-facing codes, the message a sentence. */
function refusal(code: 'unreadable' | 'too-large', message: string): ImportError {
  return new ImportError(code, 'the attachment', message);
}

const MB = 1024 * 1024;

/**
 * Downloads a Teams attachment, reading at most `maxBytes`: the body is counted while it streams and the
 * download is cut as soon as it passes the cap, whatever `content-length` says (a server may send none,
 * or understate it). Only http(s) URLs are fetched.
 *
 * @param maxBytes the cap, in bytes (the import limit)
 * @param timeoutMs the whole download, headers and body, in milliseconds
 * @throws an Error with code 'too-large' (over the cap) or 'unreadable' (not a URL, HTTP error, timeout)
 */
export async function downloadCapped(url: unknown, maxBytes: number, timeoutMs = 10_000): Promise<Buffer> {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) throw refusal('unreadable', 'The attachment has no download link Chaser can use; please attach the file again.');
  const limit = `the limit is ${(maxBytes / MB).toFixed(0)} MB`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal });
    } catch {
      throw refusal('unreadable', 'The attachment could not be downloaded; please send it again.');
    }
    if (!res.ok) throw refusal('unreadable', `The attachment could not be downloaded (HTTP ${res.status}); please send it again.`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      controller.abort();
      throw refusal('too-large', `The attachment is ${(declared / MB).toFixed(1)} MB; ${limit}.`);
    }
    const parts: Buffer[] = [];
    let received = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch {
          throw refusal('unreadable', 'The attachment stopped arriving part-way; please send it again.');
        }
        if (chunk.done) break;
        const bytes = chunk.value as Uint8Array;
        received += bytes.byteLength;
        if (received > maxBytes) {
          controller.abort();
          await reader.cancel().catch(() => undefined);
          throw refusal('too-large', `The attachment is over ${(maxBytes / MB).toFixed(0)} MB (it was cut off after ${(received / MB).toFixed(1)} MB); ${limit}.`);
        }
        parts.push(Buffer.from(bytes));
      }
    }
    return Buffer.concat(parts, received);
  } finally {
    clearTimeout(timer);
  }
}
