import { createServer, Server } from 'http';
import type { AddressInfo } from 'net';
import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, activityFrom, pressButton, send, startTestChaser } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

/**
 * "Get the board paper" gives the Word document: through Teams' file consent flow in a personal chat
 * (consent card → Allow → upload to the URL Teams gives → file card), against a local stand-in for the
 * upload URL (the edge we do not own); locally, as a loopback link; in a group chat, a sentence.
 */
const MONDAY = '2022-05-09T08:00:00Z';
const DOCX_MAGIC = 'PK';

describe('the board paper as a Word file', () => {
  let connector: FakeConnector;
  beforeAll(async () => { connector = await startFakeConnector(); });
  afterAll(async () => { await connector.stop(); });

  describe('locally (the Playground shows no consent cards)', () => {
    let chaser: RunningChaser;
    beforeAll(async () => {
      chaser = await startTestChaser({ clock: fixedClock(MONDAY), env: { CHASER_ADMINS: ALEX.aadObjectId, CHASER_PROTECTIVE_MARKING: 'OFFICIAL' } });
      await importSeed(chaser.store, LETTER_FILE);
    });
    afterAll(async () => { await chaser.stop(); });

    it('when the button is pressed, then a link on this computer downloads the .docx; a wrong link is 404', async () => {
      const res = await pressButton(chaser, ALEX, 'digest.paper', {}, { serviceUrl: connector.url });
      const link = /(http:\/\/127\.0\.0\.1:\d+\/files\/[\w-]+)/.exec(String(res.body.value))?.[1];
      expect(link).toBeDefined();
      const file = await fetch(link!);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toBe('attachment; filename="board-paper-2022-05-09.docx"');
      expect(Buffer.from(await file.arrayBuffer()).subarray(0, 2).toString()).toBe(DOCX_MAGIC);
      expect((await fetch(`${link!}x`)).status).toBe(404);
    });

    it('when pressed in a group chat, then it says to ask in a personal chat and sends nothing', async () => {
      const res = await pressButton(chaser, ALEX, 'digest.paper', {}, { serviceUrl: connector.url, conversation: { id: '19:g@thread.v2', conversationType: 'groupChat', tenantId: 'tenant-1' } });
      expect(String(res.body.value)).toMatch(/in a personal chat only/);
    });
  });

  describe('in Teams (file consent)', () => {
    let chaser: RunningChaser;
    let upload: Server;
    let uploaded: { headers: Record<string, unknown>; bytes: Buffer } | null = null;
    let uploadUrl = '';

    beforeAll(async () => {
      chaser = await startTestChaser({ clock: fixedClock(MONDAY), env: { CHASER_ADMINS: ALEX.aadObjectId }, fileDelivery: 'consent' });
      await importSeed(chaser.store, LETTER_FILE);
      upload = createServer((req, res) => {
        const parts: Buffer[] = [];
        req.on('data', (c: Buffer) => parts.push(c));
        req.on('end', () => { uploaded = { headers: req.headers, bytes: Buffer.concat(parts) }; res.statusCode = 201; res.end('{}'); });
      });
      await new Promise<void>((r) => upload.listen(0, '127.0.0.1', r));
      uploadUrl = `http://127.0.0.1:${(upload.address() as AddressInfo).port}/upload/board-paper.docx`;
    });
    afterAll(async () => {
      await chaser.stop();
      await new Promise<void>((r) => upload.close(() => r()));
    });

    const consentInvoke = (action: 'accept' | 'decline', context: unknown) => send(chaser, activityFrom(ALEX, {
      type: 'invoke', name: 'fileConsent/invoke', text: undefined, serviceUrl: connector.url, deliveryMode: undefined,
      value: { type: 'fileUpload', action, context, uploadInfo: action === 'accept' ? { name: 'board-paper-2022-05-09.docx', uploadUrl, contentUrl: 'https://contoso.example/board-paper.docx', uniqueId: 'u-1', fileType: 'docx' } : undefined },
    }));

    it('when the button is pressed, then a consent card arrives; on Allow the paper is uploaded and the file card follows', async () => {
      const res = await pressButton(chaser, ALEX, 'digest.paper', {}, { serviceUrl: connector.url });
      expect(String(res.body.value)).toMatch(/press Allow/);
      const consent = connector.sent(`personal-${ALEX.id}`).map((m) => m.body as { attachments?: Array<{ contentType: string; content: { sizeInBytes: number; acceptContext: unknown } }> })
        .flatMap((b) => b.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
      expect(consent?.content.sizeInBytes).toBeGreaterThan(1000);

      await consentInvoke('accept', consent!.content.acceptContext);
      expect(uploaded?.bytes.subarray(0, 2).toString()).toBe(DOCX_MAGIC);
      expect(uploaded?.headers['content-range']).toBe(`bytes 0-${uploaded!.bytes.length - 1}/${uploaded!.bytes.length}`);
      const fileCard = connector.sent(`personal-${ALEX.id}`).map((m) => JSON.stringify(m.body)).find((b) => b.includes('application/vnd.microsoft.teams.card.file.info'));
      expect(fileCard).toContain('"uniqueId":"u-1"');
    });

    it('when the person declines, then nothing is uploaded and Chaser says so', async () => {
      uploaded = null;
      await consentInvoke('decline', { scope: {} });
      expect(uploaded).toBeNull();
      expect(connector.sent(`personal-${ALEX.id}`).map((m) => JSON.stringify(m.body)).join('\n')).toContain('The board paper was not sent');
    });
  });
});
