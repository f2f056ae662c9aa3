import { z } from 'zod';

/**
 * The shape an inbound Bot Framework activity must have before any route sees it. Teams sends ids of a
 * few dozen characters and messages under about 28 KB; the limits below are generous for Teams and
 * small enough that a crafted activity cannot make a turn expensive. Unknown fields pass through.
 */
/** True when `s` has no lone surrogate half (it can be encoded as UTF-8 and put in a URL). */
function wellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

const text = (max: number) => z.string().max(max, { message: `at most ${max} characters` });
/** Ids end up in storage keys and URLs: they must be well-formed text (no lone surrogate halves, no control characters). */
const idText = (max: number) =>
  text(max)
    .refine((s) => wellFormed(s), { message: 'not well-formed text (a lone surrogate)' })
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: 'control characters are not allowed' });
const id = idText(512);
/** Where replies go: an http(s) URL. */
const serviceUrl = text(2048).refine((s) => /^https?:\/\/[^\s/]+/i.test(s) && wellFormed(s), { message: 'an http(s) URL' });
const account = z.object({ id, name: text(512).optional(), aadObjectId: idText(128).optional() }).passthrough();

const activitySchema = z.object({
  type: z.string({ required_error: 'required', invalid_type_error: 'a string' }).min(1, 'required').max(64, 'at most 64 characters'),
  id: id.optional(),
  name: text(256).optional(),
  channelId: idText(64).optional(),
  serviceUrl: serviceUrl.optional(),
  replyToId: id.optional(),
  deliveryMode: text(32).optional(),
  locale: text(64).optional(),
  timestamp: text(64).optional(),
  localTimestamp: text(64).optional(),
  from: account.optional(),
  recipient: account.optional(),
  conversation: z.object({ id: idText(1024), conversationType: idText(64).optional(), tenantId: idText(128).optional(), name: text(512).optional() }).passthrough().optional(),
  text: z.string().optional(),
  attachments: z.array(z.object({ contentType: text(256).optional(), contentUrl: text(4096).optional(), name: text(512).optional() }).passthrough()).max(50, 'at most 50').optional(),
  entities: z.array(z.object({}).passthrough()).max(50, 'at most 50').optional(),
  membersAdded: z.array(account).max(256, 'at most 256').optional(),
  membersRemoved: z.array(account).max(256, 'at most 256').optional(),
  channelData: z.object({ tenant: z.object({ id: idText(128).optional() }).passthrough().optional() }).passthrough().optional(),
}).passthrough();

export type InboundActivity = z.infer<typeof activitySchema>;

/** The result of checking an inbound body: the activity, or a sentence naming the field and what was expected. */
export type ActivityCheck = { ok: true; activity: InboundActivity } | { ok: false; message: string };

/**
 * Checks that `body` is an activity Chaser can handle; never throws. A body that plainly passes (every
 * turn Teams sends) is checked without the schema and handed on as parsed; anything else goes through
 * the schema, which names the field that is wrong.
 */
export function checkActivity(body: unknown): ActivityCheck {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, message: 'Expected a Bot Framework activity as a JSON object.' };
  }
  if (plainlyValid(body)) return { ok: true, activity: body as InboundActivity };
  return checkedBySchema(body);
}

/** The schema's verdict alone (the reference `plainlyValid` must agree with). */
export function checkedBySchema(body: object): ActivityCheck {
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'activity';
  const expected = issue.code === 'invalid_type' ? (issue.received === 'undefined' ? 'required' : `a ${issue.expected}, not ${issue.received}`) : issue.message;
  return { ok: false, message: `The activity's ${field} is not valid: ${expected}.` };
}

/*
 * `activitySchema`'s rules again, as plain checks that build nothing (the schema copies every object it
 * passes through, which cost as much as answering a message). Each returns true only when the schema
 * accepts the value as it is; when in doubt it returns false and the schema decides. An object is what the
 * schema takes for one (not an array, null, a thenable, a Map, Set or Date) and holds no own `__proto__`
 * key (the schema would leave it out of its copy).
 */
type Check = (v: unknown) => boolean;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Set) && !(v instanceof Date)
  && typeof (v as { then?: unknown }).then !== 'function' && !Object.prototype.hasOwnProperty.call(v, '__proto__');
const isText = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
const isIdText = (max: number): Check => (v) => typeof v === 'string' && v.length <= max && wellFormed(v) && !/[\u0000-\u001f\u007f]/.test(v);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const arrayOf = (max: number, check: Check): Check => (v) => Array.isArray(v) && v.length <= max && v.every(check);
const objectWith = (fields: Record<string, Check>): Check => (v) => isPlainObject(v) && Object.entries(fields).every(([k, check]) => check(v[k]));
const isId = isIdText(512);
const isAccount = objectWith({ id: isId, name: optional(isText(512)), aadObjectId: optional(isIdText(128)) });
const ACTIVITY_FIELDS: Record<string, Check> = {
  type: (v) => typeof v === 'string' && v.length >= 1 && v.length <= 64,
  id: optional(isId),
  name: optional(isText(256)),
  channelId: optional(isIdText(64)),
  serviceUrl: optional((v) => isText(2048)(v) && /^https?:\/\/[^\s/]+/i.test(v as string) && wellFormed(v as string)),
  replyToId: optional(isId),
  deliveryMode: optional(isText(32)),
  locale: optional(isText(64)),
  timestamp: optional(isText(64)),
  localTimestamp: optional(isText(64)),
  from: optional(isAccount),
  recipient: optional(isAccount),
  conversation: optional(objectWith({ id: isIdText(1024), conversationType: optional(isIdText(64)), tenantId: optional(isIdText(128)), name: optional(isText(512)) })),
  text: optional((v) => typeof v === 'string'),
  attachments: optional(arrayOf(50, objectWith({ contentType: optional(isText(256)), contentUrl: optional(isText(4096)), name: optional(isText(512)) }))),
  entities: optional(arrayOf(50, isPlainObject)),
  membersAdded: optional(arrayOf(256, isAccount)),
  membersRemoved: optional(arrayOf(256, isAccount)),
  channelData: optional(objectWith({ tenant: optional(objectWith({ id: optional(isIdText(128)) })) })),
};
const plainlyValid = objectWith(ACTIVITY_FIELDS);

/** Where an unauthenticated request's token is checked against: the body's channel and service URL when they are strings. */
export function authenticationTarget(body: unknown): { channelId: string; serviceUrl: string } {
  const o = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return {
    channelId: typeof o.channelId === 'string' ? o.channelId : 'msteams',
    serviceUrl: typeof o.serviceUrl === 'string' ? o.serviceUrl : '',
  };
}
