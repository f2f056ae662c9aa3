import type { RunningChaser } from '../../../src/chaser';
import { ALEX, activityFrom, send, startTestChaser, visibleText } from '../../support/bot-harness';

describe('the bot over HTTP (Bot Framework protocol, expectReplies)', () => {
  let chaser: RunningChaser;
  beforeAll(async () => { chaser = await startTestChaser(); });
  afterAll(async () => { await chaser.stop(); });

  it('when a user types help, then a help card comes back listing the commands', async () => {
    const { status, replies } = await send(chaser, activityFrom(ALEX, { text: 'help' }));
    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    const attachment = (replies[0]!.attachments as Array<{ contentType: string; content: { version: string } }>)[0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content.version).toBe('1.5');
    expect(visibleText(replies[0]!)).toContain('what is overdue?');
    expect(visibleText(replies[0]!)).toContain('MOPAC MPS Oversight Board');
  });

  it('when the bot is installed in a personal chat, then its reference is stored, and dropped on uninstall', async () => {
    const person = { id: 'user-id-7', aadObjectId: 'aad-7', name: 'Megan Bowen' };
    const install = await send(chaser, activityFrom(person, { type: 'installationUpdate', action: 'add', text: undefined }));
    expect(install.status).toBe(200);
    expect(visibleText(install.replies[0]!)).toContain('Things you can say');
    const stored = await chaser.store.conversations.get('tenant-1', 'personal', 'aad-7');
    expect(stored).toMatchObject({ scope: 'personal', target: 'aad-7', userName: 'Megan Bowen' });
    expect((stored!.reference.conversation as { id: string }).id).toBe('personal-user-id-7');

    await send(chaser, activityFrom(person, { type: 'installationUpdate', action: 'remove', text: undefined }));
    expect(await chaser.store.conversations.get('tenant-1', 'personal', 'aad-7')).toBeNull();
  });

  it('when the bot is added to a channel, then the channel (not the thread) is stored, and dropped when removed', async () => {
    const channel = { id: '19:general@thread.tacv2;messageid=1652', conversationType: 'channel', tenantId: 'tenant-1', name: 'Oversight' };
    await send(chaser, activityFrom(ALEX, { type: 'conversationUpdate', conversation: channel, membersAdded: [{ id: 'bot-id' }] }));
    expect(await chaser.store.conversations.get('tenant-1', 'channel', '19:general@thread.tacv2')).toMatchObject({ scope: 'channel' });
    await send(chaser, activityFrom(ALEX, { type: 'conversationUpdate', conversation: channel, membersRemoved: [{ id: 'bot-id' }] }));
    expect(await chaser.store.conversations.get('tenant-1', 'channel', '19:general@thread.tacv2')).toBeNull();
  });

  it('when someone first messages the bot, then their conversation is recorded for reminders', async () => {
    const person = { id: 'user-id-8', aadObjectId: 'aad-8', name: 'Adele Vance' };
    await send(chaser, activityFrom(person, { text: 'hello' }));
    expect(await chaser.store.conversations.findPersonal('aad-8')).toMatchObject({ userName: 'Adele Vance' });
  });

  it('when a message is not understood, then the answer says so and suggests what to try', async () => {
    const { replies } = await send(chaser, activityFrom(ALEX, { text: 'purple elephants' }));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/^I did not understand "purple elephants"\. You could try:/);
    expect(replies[0]!.text).toContain('- "what is overdue?"');
  });

  it('when the body is not JSON, then the answer is 400 and the server keeps serving', async () => {
    const res = await fetch(`${chaser.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message", ' });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/at .*\.js:\d+/);
    expect((await send(chaser, activityFrom(ALEX, { text: 'help' }))).status).toBe(200);
  });

  it('when an activity has no from or no conversation, then it is answered without a crash', async () => {
    const noFrom = activityFrom(ALEX, { text: 'help' });
    delete noFrom.from;
    const noConversation = activityFrom(ALEX, { text: 'help' });
    delete noConversation.conversation;
    for (const activity of [noFrom, noConversation]) {
      const { status } = await send(chaser, activity);
      expect(status).toBeLessThan(500);
    }
    expect((await send(chaser, activityFrom(ALEX, { text: 'help' }))).replies).toHaveLength(1);
  });

  it('when storage answers, then /healthz is 200', async () => {
    const res = await fetch(`${chaser.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', storage: 'ok' });
  });
});

describe('health when storage is unreachable', () => {
  it('when the storage account does not answer, then /healthz is 503', async () => {
    const chaser = await startTestChaser({
      env: { CHASER_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;' },
    });
    try {
      const res = await fetch(`${chaser.url}/healthz`);
      expect(res.status).toBe(503);
    } finally {
      await chaser.stop();
    }
  });
});

describe('allowed tenants', () => {
  it('when an activity comes from a tenant that is not allowed, then nothing is answered or recorded', async () => {
    const chaser = await startTestChaser({ env: { CHASER_ALLOWED_TENANTS: 'tenant-ours' } });
    try {
      const outsider = { id: 'user-out', aadObjectId: 'aad-out', name: 'Outsider' };
      const { status, replies } = await send(chaser, activityFrom(outsider, { text: 'what is overdue?' }));
      expect(status).toBe(200);
      expect(replies).toEqual([]);
      expect(await chaser.store.conversations.findPersonal('aad-out')).toBeNull();
      const insider = activityFrom(ALEX, { text: 'help', conversation: { id: 'c-ours', conversationType: 'personal', tenantId: 'tenant-ours' } });
      expect((await send(chaser, insider)).replies).toHaveLength(1);
    } finally {
      await chaser.stop();
    }
  });
});

describe('authentication with an app id', () => {
  it('when an app id is configured and a request has no token, then it is refused with 401', async () => {
    const chaser = await startTestChaser({
      env: { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 'not-a-real-secret', MICROSOFT_APP_TENANT_ID: 'tenant-1', CHASER_HOST: '127.0.0.1' },
    });
    try {
      const { status, replies } = await send(chaser, activityFrom(ALEX, { text: 'help' }));
      expect(status).toBe(401);
      expect(replies).toEqual([]);
    } finally {
      await chaser.stop();
    }
  });
});
