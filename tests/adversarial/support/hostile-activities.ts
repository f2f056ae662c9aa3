/**
 * A seeded generator of hostile Bot Framework activities: the kinds an outsider or a careless client sends
 * to /api/messages (wrong types in every field, huge strings, unicode oddities, nested junk, invokes with
 * junk values, missing ids). The same seed gives the same cases, so a failure can be replayed by its index.
 *
 * Every case is built so that, whatever Chaser answers, it must not change the register: the senders are
 * people with no rights to write (or the secretariat asking read-only things), so an entity count that moves
 * in the protected tables is a half-write.
 */

import { seededRandom } from '../../../src/domain/seeded-random';

/** One generated case: what is sent, and a label saying how it was made (for the failure report). */
export interface HostileCase {
  index: number;
  label: string;
  /** The body posted to /api/messages (usually an object; sometimes not even that). */
  body: unknown;
}

/** Someone in the tenant with no rights: not a lead, delegate, recipient or secretariat member. */
export const OUTSIDER = { id: 'user-id-mallory', aadObjectId: 'aad-mallory', name: 'Mallory Outsider' };

function deep(levels: number): unknown {
  let node: unknown = { end: true };
  for (let i = 0; i < levels; i++) node = i % 2 ? { n: node } : [node];
  return node;
}

/** Values of the wrong kind, or of the right kind but absurd: what each field is replaced with. */
export const HOSTILE_VALUES: Array<[string, () => unknown]> = [
  ['null', () => null],
  ['zero', () => 0],
  ['negative', () => -1],
  ['huge number', () => 1e308],
  ['true', () => true],
  ['false', () => false],
  ['empty string', () => ''],
  ['spaces', () => '   '],
  ['empty array', () => []],
  ['array of junk', () => [1, 'two', null, { three: 3 }]],
  ['empty object', () => ({})],
  ['object', () => ({ a: { b: 'c' } })],
  ['100 KB string', () => 'A'.repeat(100_000)],
  ['20 KB astral string', () => '\u{1D49C}'.repeat(10_000)],
  ['2,000-character id', () => 'i'.repeat(2000)],
  ['right-to-left override', () => '\u202Eevil\u202C'],
  ['NUL and controls', () => 'a\u0000b\u0001c\u001bd'],
  ['lone surrogate', () => 'x\ud800y'],
  ['combining marks', () => 'e\u0301'.repeat(2000)],
  ['zero-width', () => '\u200B\u200C\u200D\uFEFF'],
  ['emoji', () => '🔥💥🧨'.repeat(50)],
  ['at tag', () => '<at>Everyone</at> look'],
  ['markdown link', () => '[click here](https://evil.example/steal)'],
  ['html', () => '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['prototype key', () => '__proto__'],
  ['constructor key', () => 'constructor'],
  ['storage-key characters', () => "a/b\\c#d?e'f"],
  ['action key lookalike', () => 'OB_2022-04-21_005'],
  ['action key out of range', () => 'OB_99999-99-99_999999'],
  ['date out of range', () => '99999-01-01'],
  ['year zero', () => '0000-01-01'],
  ['deep nesting', () => deep(400)],
  ['wide array', () => Array.from({ length: 5000 }, (_, i) => `k${i}`)],
  ['proto pollution', () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')],
];

type Json = Record<string, unknown>;
type Base = { label: string; make: (seq: number) => Json; paths: string[] };

function message(from: Json, text: string, seq: number, serviceUrl: string): Json {
  return {
    type: 'message',
    id: `hostile-${seq}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: '2022-05-09T08:00:00.000Z',
    deliveryMode: 'expectReplies',
    from,
    recipient: { id: 'bot-id', name: 'Chaser' },
    conversation: { id: `personal-${String(from.id)}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-GB',
    text,
  };
}

function invoke(from: Json, verb: string, data: unknown, seq: number, serviceUrl: string): Json {
  const { text: _text, ...rest } = message(from, '', seq, serviceUrl);
  return { ...rest, type: 'invoke', name: 'adaptiveCard/action', replyToId: 'card-message-1', value: { action: { type: 'Action.Execute', verb, data } } };
}

const COMMON_PATHS = [
  'type', 'id', 'channelId', 'serviceUrl', 'timestamp', 'locale', 'from', 'from.id', 'from.name', 'from.aadObjectId',
  'recipient', 'recipient.id', 'conversation', 'conversation.id', 'conversation.conversationType', 'conversation.tenantId',
  'channelData', 'channelData.tenant', 'channelData.tenant.id', 'entities', 'attachments', 'replyToId', 'name', 'value', 'action',
];

/**
 * The activities that are mutated: messages and button presses that, sent by these people, may not write.
 * `admin` is a secretariat member (asking read-only things only); everyone else is the outsider.
 */
function bases(admin: Json, url: string): Base[] {
  const outsider: Json = { ...OUTSIDER };
  const key = 'OB_2022-04-21_005';
  return [
    { label: 'help', make: (s) => message(admin, 'help', s, url), paths: ['text'] },
    { label: 'question', make: (s) => message(admin, 'what is overdue?', s, url), paths: ['text'] },
    { label: 'show', make: (s) => message(admin, 'show action 5', s, url), paths: ['text'] },
    { label: 'outsider reply', make: (s) => message(outsider, '5 complete: done it', s, url), paths: ['text'] },
    { label: 'outsider revised date', make: (s) => message(outsider, '5 amber: by 1 January 99999', s, url), paths: ['text'] },
    { label: 'outsider import', make: (s) => message(outsider, 'import\nNo.\tAction\tTiming\tLead\n1\tDo it\tBy 13 May\tMPS', s, url), paths: ['text', 'attachments'] },
    { label: 'outsider attachment', make: (s) => ({ ...message(outsider, 'import', s, url), attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'x.csv', content: { downloadUrl: 'http://127.0.0.1:9/x.csv', fileType: 'csv' } }] }), paths: ['attachments', 'attachments.0', 'attachments.0.content', 'attachments.0.content.downloadUrl', 'attachments.0.name'] },
    { label: 'outsider digest', make: (s) => message(outsider, 'digest', s, url), paths: ['text'] },
    {
      label: 'outsider submit',
      make: (s) => invoke(outsider, 'status.submit', { action: key, card: [key], statusOnCard: 'amber', [`status_${key}`]: 'complete', [`text_${key}`]: 'done', [`due_${key}`]: '2022-06-30' }, s, url),
      paths: ['value.action.data', 'value.action.data.action', `value.action.data.status_${key}`, `value.action.data.text_${key}`, `value.action.data.due_${key}`, 'value.action.data.card', 'value.action.verb', 'value.action.type', 'value.action'],
    },
    { label: 'refresh', make: (s) => invoke(admin, 'reminder.refresh', { actions: [key, 'OB_2022-04-21_006'] }, s, url), paths: ['value.action.data', 'value.action.data.actions', 'value.action.data.actions.0', 'value.action.verb'] },
    { label: 'outsider refresh', make: (s) => invoke(outsider, 'reminder.refresh', { actions: [key] }, s, url), paths: ['value.action.data.actions', 'value.action.data.actions.0'] },
    {
      label: 'outsider chase',
      make: (s) => invoke(outsider, 'action.chase', { action: key, view: 'detail', [`chaseNote_${key}`]: 'chase them now' }, s, url),
      paths: ['value.action.data', 'value.action.data.action', 'value.action.data.view', `value.action.data.chaseNote_${key}`, 'value.action.verb'],
    },
    { label: 'show button', make: (s) => invoke(admin, 'action.show', { action: key }, s, url), paths: ['value.action.data', 'value.action.data.action'] },
    { label: 'more button', make: (s) => invoke(admin, 'answer.more', { question: 'what is overdue?', page: 2 }, s, url), paths: ['value.action.data', 'value.action.data.question', 'value.action.data.page'] },
    { label: 'outsider confirm import', make: (s) => invoke(outsider, 'import.confirm', { id: 'pending-1', mode: 'all' }, s, url), paths: ['value.action.data', 'value.action.data.id', 'value.action.data.mode'] },
    { label: 'cancel import', make: (s) => invoke(admin, 'import.cancel', { id: 'no-such-import' }, s, url), paths: ['value.action.data', 'value.action.data.id'] },
    { label: 'outsider paper', make: (s) => invoke(outsider, 'digest.paper', { lead: 'MPS' }, s, url), paths: ['value.action.data', 'value.action.data.lead', 'value.action.data.boardCode'] },
    { label: 'unknown verb', make: (s) => invoke(admin, 'delete.everything', { all: true }, s, url), paths: ['value.action.verb', 'value.action.data'] },
    { label: 'unknown invoke', make: (s) => ({ ...invoke(admin, 'x', {}, s, url), name: 'composeExtension/query', value: { commandId: 'search', parameters: [] } }), paths: ['name', 'value', 'value.parameters'] },
    { label: 'installation', make: (s) => ({ ...message(outsider, '', s, url), type: 'installationUpdate', action: 'add', text: undefined }), paths: ['action'] },
    { label: 'members added', make: (s) => ({ ...message(outsider, '', s, url), type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot-id' }] }), paths: ['membersAdded', 'membersAdded.0', 'membersAdded.0.id'] },
    { label: 'reaction', make: (s) => ({ ...message(outsider, '', s, url), type: 'messageReaction', text: undefined, reactionsAdded: [{ type: 'like' }] }), paths: ['reactionsAdded'] },
    { label: 'typing', make: (s) => ({ ...message(outsider, '', s, url), type: 'typing', text: undefined }), paths: [] },
    { label: 'event', make: (s) => ({ ...message(outsider, '', s, url), type: 'event', name: 'application/vnd.microsoft.meetingStart', text: undefined, value: { id: 1 } }), paths: ['name', 'value'] },
    { label: 'unknown type', make: (s) => ({ ...message(outsider, 'help', s, url), type: 'x-unknown-type' }), paths: [] },
  ];
}

/** Sets (or, with `undefined`, deletes) the value at a dotted path, creating objects on the way. */
function setPath(target: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Json = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (!next || typeof next !== 'object') node[part] = {};
    node = node[part] as Json;
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Whole bodies that are not activities at all. */
const NOT_ACTIVITIES: Array<[string, unknown]> = [
  ['an array', []],
  ['a string', 'message'],
  ['a number', 42],
  ['null', null],
  ['an empty object', {}],
  ['only a type', { type: 'message' }],
  ['deep junk', deep(800)],
];

/**
 * `count` hostile cases from `seed`. Each is a base activity with one to three fields replaced by a
 * hostile value or removed; a few are not activities at all.
 */
export function hostileActivities(seed: number, count: number, admin: Json, serviceUrl: string): HostileCase[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const all = bases(admin, serviceUrl);
  const cases: HostileCase[] = [];
  for (let index = 0; index < count; index++) {
    if (random() < 0.03) {
      const [label, body] = pick(NOT_ACTIVITIES);
      cases.push({ index, label: `not an activity: ${label}`, body });
      continue;
    }
    const base = pick(all);
    const body = structuredClone(base.make(index));
    const changes: string[] = [];
    const mutations = 1 + Math.floor(random() * 3);
    for (let m = 0; m < mutations; m++) {
      const path = base.paths.length && random() < 0.6 ? pick(base.paths) : pick(COMMON_PATHS);
      if (path === 'text' && random() < 0.3) continue;
      if (random() < 0.15) {
        setPath(body, path, undefined);
        changes.push(`${path} removed`);
      } else {
        const [label, make] = pick(HOSTILE_VALUES);
        setPath(body, path, make());
        changes.push(`${path} = ${label}`);
      }
    }
    // Replies come back in the HTTP answer unless a mutation changed how they are delivered.
    cases.push({ index, label: `${base.label}: ${changes.join(', ') || 'as is'}`, body });
  }
  return cases;
}
