import type { RunningChaser } from '../../src/chaser';
import { UNKNOWN_BUTTON } from '../../src/teams/invoke-fallback';
import { ALEX, activityFrom, pressButton, startTestChaser } from '../support/bot-harness';

/** Posts an activity without expectReplies: the invoke's answer is the HTTP answer. */
async function post(chaser: RunningChaser, activity: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${chaser.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const sentence = (body: Record<string, unknown>): string => {
  const value = body.value as { message?: string } | string | undefined;
  return String((typeof value === 'string' ? value : value?.message) ?? body.message ?? '');
};

describe('invokes Chaser does not know, or cannot read', () => {
  let chaser: RunningChaser;
  beforeAll(async () => { chaser = await startTestChaser({ env: { CHASER_ADMINS: ALEX.aadObjectId } }); });
  afterAll(async () => { await chaser.stop(); });

  it.each(['delete.everything', 'status.submit.v0', 'REMINDER.REFRESH', 'x'.repeat(100)])('when a card button has the unknown verb %s, then 200 with a sentence on the card, never 501', async (verb) => {
    const { status, body } = await pressButton(chaser, ALEX, verb, { anything: 1 });
    expect(status).toBe(200);
    expect(body.statusCode).toBe(200);
    expect(body.value).toBe(UNKNOWN_BUTTON);
  });

  it.each([
    ['no action', { nothing: true }, /no action to run/],
    ['a string value', 'junk', /no action to run/],
    ['an array value', [1, 2], /no action to run/],
    ['an Action.Submit', { action: { type: 'Action.Submit', verb: 'reminder.refresh' } }, /not an Action.Execute/],
    ['a numeric verb', { action: { type: 'Action.Execute', verb: 5 } }, /does not name a known button/],
    ['a 2,000-character verb', { action: { type: 'Action.Execute', verb: 'v'.repeat(2000) } }, /does not name a known button/],
    ['string data', { action: { type: 'Action.Execute', verb: 'reminder.refresh', data: 'keys' } }, /data Chaser cannot read/],
    ['array data', { action: { type: 'Action.Execute', verb: 'status.submit', data: ['OB_2022-04-21_005'] } }, /data Chaser cannot read/],
  ])('when a card button sends %s, then 400 with a sentence naming the field', async (_label, value, message) => {
    const { status, body } = await post(chaser, activityFrom(ALEX, { type: 'invoke', name: 'adaptiveCard/action', text: undefined, value }));
    expect(status).toBe(400);
    expect(body.statusCode).toBe(400);
    expect(sentence(body)).toMatch(message);
    expect(sentence(body)).toMatch(/nothing was changed\.$/);
  });

  it.each(['composeExtension/query', 'task/fetch', 'signin/verifyState', 'x-made-up'])('when an invoke named %s arrives, then 400 with a sentence naming it', async (name) => {
    const { status, body } = await post(chaser, activityFrom(ALEX, { type: 'invoke', name, text: undefined, value: { junk: true } }));
    expect(status).toBe(400);
    expect(sentence(body)).toContain(`"${name}"`);
  });

  it.each([
    ['no channelId', { channelId: undefined }],
    ['no recipient', { recipient: undefined }],
    ['no from', { from: undefined }],
  ])('when a button press has %s, then 400 with a sentence, not a fault', async (_label, overrides) => {
    const { status, body } = await post(chaser, activityFrom(ALEX, { type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: { action: { type: 'Action.Execute', verb: 'reminder.refresh', data: {} } }, ...overrides }));
    expect(status).toBe(400);
    expect(sentence(body)).toMatch(/does not say who sent it/);
  });

  it.each([
    ['a lone surrogate in the tenant id', { conversation: { id: 'c-1', conversationType: 'personal', tenantId: 'x\ud800y' } }, /conversation\.tenantId is not valid: not well-formed/],
    ['a control character in the channel id', { channelId: 'ms\u0000teams' }, /channelId is not valid: control characters/],
    ['a service URL that is not a URL', { serviceUrl: 'OB_2022-04-21_005' }, /serviceUrl is not valid: an http\(s\) URL/],
    ['a non-object tenant in channelData', { channelData: { tenant: '__proto__' } }, /channelData\.tenant is not valid/],
  ])('when an activity has %s, then 400 naming the field', async (_label, overrides, message) => {
    const { status, body } = await post(chaser, activityFrom(ALEX, { text: 'help', ...overrides }));
    expect(status).toBe(400);
    expect(String(body.message)).toMatch(message);
  });
});
