import type { Action, ActionId, MeetingId, Status } from '../domain/action';
import type { ActionUpdate } from '../domain/action-update';
import type { IsoDate } from '../domain/calendar-date';
import type { DigestScope, DigestSnapshot } from '../domain/digest';
import type { LeadEntry } from '../domain/lead';
import type { Meeting } from '../domain/meeting';

/**
 * The small interfaces the use cases need from storage, shaped by what they ask. Implemented over Azure
 * Tables in src/store/ and, for tests, by an in-memory twin proven against Azurite by one contract suite
 * (tests/contract/). Errors: `StaleRecordError` (someone changed the record since it was read) and
 * `DuplicateRecordError` (a record that must be new exists), both from src/errors.ts.
 */

/** An action as read, with the ETag any update must present. */
export interface StoredAction {
  action: Action;
  etag: string;
}

/** An action named only: its meeting, number and board reference (see `ActionRegister.findNumbered`). */
export type ActionRef = ActionId & Pick<Action, 'ref'>;

/** A new action with the first entries of its history ("created", perhaps a status from the document). */
export interface NewAction {
  action: Action;
  history: ActionUpdate[];
}

/** How `createMany` keeps its indexes safe across a crash. */
export interface CreateManyOptions {
  /**
   * The caller keeps its own record of the actions (an import's journal) and calls `reindex` for them
   * after a crash: no per-action marker rows are written, and an index write that fails throws instead of
   * being left for `repairIndex`. Saves a write per meeting on a large import.
   */
  journaled?: boolean;
}

/** The action register and each action's append-only history. */
export interface ActionRegister {
  get(id: ActionId): Promise<StoredAction | null>;
  /** Adds one action with its first history entries, atomically. DuplicateRecordError when the number is taken. */
  create(action: Action, history?: ActionUpdate[]): Promise<StoredAction>;
  /**
   * Adds many actions (an import), each with its history, in as few atomic writes as storage allows:
   * one meeting's actions are written together. DuplicateRecordError when any number is taken (that
   * write's actions are not added; earlier writes stay).
   */
  createMany(actions: NewAction[], options?: CreateManyOptions): Promise<void>;
  /**
   * Replaces an action read earlier and appends one history entry, as one atomic write: both or neither.
   * StaleRecordError when someone changed the action meanwhile (reload and apply again).
   */
  record(previous: StoredAction, next: Action, entry: ActionUpdate): Promise<StoredAction>;
  /**
   * Removes actions with their history and index rows (undoing an import). Idempotent: actions already
   * gone are skipped, so an undo cut short is finished by running it again. Index rows go first, so a
   * crash never leaves an index row pointing at a removed action without the action also going.
   */
  removeMany(ids: ActionId[]): Promise<void>;
  /** Writes the index rows of these actions again from the actions as stored (after an interrupted import). */
  reindex(ids: ActionId[]): Promise<void>;
  /** The histories of several actions, newest first each, keyed by `actionKey` (one read per meeting). */
  histories(ids: ActionId[]): Promise<Map<string, ActionUpdate[]>>;
  /** One action's history, newest first. */
  history(id: ActionId): Promise<ActionUpdate[]>;
  listMeeting(meeting: MeetingId): Promise<Action[]>;
  /** Actions with this number in any meeting ("show action 5"). */
  findByNumber(number: number): Promise<Action[]>;
  /**
   * The actions numbered `number` in any meeting, named only (meeting, number, board reference), without
   * their texts: enough to pick the one meant and list the others ("show action 5").
   */
  findNumbered(number: number): Promise<ActionRef[]>;
  /** One action and its history, newest first, in one read; null when there is no such action. */
  getWithHistory(id: ActionId): Promise<{ action: Action; history: ActionUpdate[] } | null>;
  /** Actions with this board reference as written ("42/20", "01.05"), in any meeting. */
  findByRef(ref: string): Promise<Action[]>;
  /** Every action (exports and whole-register questions, not the hot paths). */
  listAll(): Promise<Action[]>;
  /** Open actions with a due date in [from, to] (either end optional), soonest first. */
  listOpenDue(range: { from?: IsoDate; to?: IsoDate }): Promise<Action[]>;
  /** Open actions with no due date (flagged needs-date). */
  listOpenWithoutDue(): Promise<Action[]>;
  /** Every open action, soonest due first, undated last. */
  listOpen(): Promise<Action[]>;
  /**
   * The open actions of one lead, matched as questions match leads (`normaliseLead`: any case or spacing,
   * a leading "the"), soonest due first, undated last; with `range`, only those due in [from, to] (either
   * end optional; undated ones never). One index partition: "what is open for MOPAC", "anything late for MPS".
   */
  listOpenByLead(lead: string, range?: { from?: IsoDate; to?: IsoDate }): Promise<Action[]>;
  /** The open actions with this status ("which actions are red"), in the same order and with the same `range` as `listOpenByLead`. */
  listOpenByStatus(status: Status, range?: { from?: IsoDate; to?: IsoDate }): Promise<Action[]>;
  /** Makes the open-actions index match the register again (after a crash between a write and its index). */
  repairIndex(): Promise<{ repaired: number }>;
  /** True when an index write failed in this process since the last repair. */
  indexLagging(): boolean;
}

/** Where Chaser can reach someone proactively. `reference` is the Bot Framework reference, kept opaque. */
export interface ConversationRecord {
  tenantId: string;
  /** `personal` for a 1:1 chat with a user; `groupChat` / `channel` for shared conversations. */
  scope: 'personal' | 'groupChat' | 'channel';
  /** The user's AAD object id (or Bot Framework id when there is none) for personal; the conversation id otherwise. */
  target: string;
  userName: string;
  /** The user's sign-in name (UPN) when Teams told us, lower-cased: leads are often mapped by it. */
  upn: string | null;
  reference: Record<string, unknown>;
  updatedAt: string;
  /** Set when a send failed with 403 (the user removed or blocked the bot). */
  blockedAt: string | null;
}

export interface Conversations {
  save(record: ConversationRecord): Promise<void>;
  get(tenantId: string, scope: ConversationRecord['scope'], target: string): Promise<ConversationRecord | null>;
  /** The personal chat of a user, in any tenant (user ids are unique across tenants). */
  findPersonal(userId: string): Promise<ConversationRecord | null>;
  /** The personal chat of the user signed in as `upn`. */
  findByUpn(upn: string): Promise<ConversationRecord | null>;
  remove(tenantId: string, scope: ConversationRecord['scope'], target: string): Promise<boolean>;
  list(): Promise<ConversationRecord[]>;
}

/** Who answers for each lead ("MPS" → Commander Smith). */
export interface LeadDirectory {
  get(lead: string): Promise<LeadEntry | null>;
  save(entry: LeadEntry): Promise<void>;
  list(): Promise<LeadEntry[]>;
}

/**
 * A person as the organisation's directory knows them (Microsoft Entra ID, read through Microsoft Graph):
 * `id` is the Entra object id (what Teams gives as `aadObjectId`); `guest` for a B2B guest of this tenant.
 */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  /** False when the account is disabled (the person has left); null when the directory did not say. */
  accountEnabled: boolean | null;
  guest: boolean;
}

/**
 * A directory look-up: `found`; `none` (nobody has that address: a mistake to report at once);
 * `unavailable` (no permission, throttled past the retries, offline: `reason` says which; the caller
 * carries on without the directory).
 */
export type DirectoryLookup = { kind: 'found'; person: DirectoryPerson } | { kind: 'none' } | { kind: 'unavailable'; reason: string };

/** The organisation's directory: finds a person by UPN, e-mail address or Entra object id. Implemented over Graph in src/graph/. */
export interface Directory {
  findPerson(address: string): Promise<DirectoryLookup>;
}

/**
 * Installing Chaser for one person: `installed` (Teams then tells the bot, which records the personal chat);
 * `already-installed` (Graph's 409); `not-found` (no such user); `unavailable` (no permission, not in the
 * app catalogue, throttled, offline: `reason`).
 */
export type InstallOutcome = { kind: 'installed' } | { kind: 'already-installed' } | { kind: 'not-found' } | { kind: 'unavailable'; reason: string };

/** Installs Chaser's Teams app for a user (Entra object id or UPN). Implemented over Graph in src/graph/. */
export interface AppInstaller {
  installFor(userId: string): Promise<InstallOutcome>;
}

/**
 * Opening the personal chat with someone Chaser is installed for but has not heard of from Teams (Teams'
 * createConversation with their Entra object id and the tenant): `opened` with the record to keep (the
 * sweep then reaches them), `failed` with the reason (Teams refused, no tenant known, not installed yet).
 */
export type OpenChatOutcome = { kind: 'opened'; record: ConversationRecord } | { kind: 'failed'; reason: string };

/** Opens personal chats through the Teams connector; implemented in src/teams/conversation-opener.ts. */
export interface ConversationOpener {
  /**
   * Opens the chat with `person` (Entra object id). `known`: where Chaser already talks to people in Teams (a
   * recorded chat's tenant and service URL), used when the settings do not say; null when it talks to nobody yet.
   */
  openPersonal(person: { id: string; name: string }, known: { tenantId: string; serviceUrl: string } | null): Promise<OpenChatOutcome>;
}

/** A member of the secretariat: full rights over the register. */
export interface Admin {
  id: string;
  name: string;
  addedAt: string;
  addedBy: string;
}

/** The secretariat: those named in settings (CHASER_ADMINS) and those added since. */
export interface Secretariat {
  /** True when any of these ids (AAD object id, UPN; any case) is an admin. */
  isAdmin(ids: string[]): Promise<boolean>;
  add(admin: Admin): Promise<void>;
  remove(userId: string): Promise<boolean>;
  /** Everyone, settings first; `fromSettings` marks those that cannot be removed here. */
  list(): Promise<Array<Admin & { fromSettings: boolean }>>;
}

/** How a delivery to one recipient ended: sent, failed (retried later), blocked (403: never retried), unreachable. */
export type RecipientState = 'sent' | 'failed' | 'blocked' | 'unreachable';

/**
 * One row of the delivery ledger: one thing (a reminder stage, a notice, a week's digest, a chase by the
 * secretariat — stage key `chase:<London date>`) for one recipient.
 */
export interface LedgerEntry {
  /** `claimed` while a sender is sending; then how it ended. */
  state: 'claimed' | RecipientState;
  kind: 'reminder' | 'escalation' | 'digest' | 'notice' | 'chase';
  claimedAt: string;
  claimedBy: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
}

export interface StoredLedgerEntry {
  entry: LedgerEntry;
  etag: string;
}

/**
 * The delivery ledger: each (scope, key) is delivered once. A claim is an insert (null = someone has it);
 * taking over an abandoned claim or settling one is a replace with the ETag (null = someone was quicker).
 */
export interface DeliveryLedger {
  get(scope: string, key: string): Promise<StoredLedgerEntry | null>;
  claim(scope: string, key: string, entry: LedgerEntry): Promise<StoredLedgerEntry | null>;
  replace(scope: string, key: string, previous: StoredLedgerEntry, next: LedgerEntry): Promise<StoredLedgerEntry | null>;
  /** Every row of one scope (an action's reminder history). */
  forScope(scope: string): Promise<Array<{ key: string; entry: LedgerEntry }>>;
}

/** Leases so one instance runs a job at a time. */
export interface Leases {
  /** True when `holder` now holds `job` until `now + ttlMs`. */
  acquire(job: string, holder: string, now: Date, ttlMs: number): Promise<boolean>;
  release(job: string, holder: string): Promise<void>;
  /** When the lease someone else holds runs out (null when nobody holds it). */
  expiresAt(job: string): Promise<Date | null>;
}

/**
 * A request for proactive send slots from the budget every instance shares: `count` slots `intervalMs`
 * apart (1000 / the configured rate), none before `notBefore`. Times are epoch milliseconds on the
 * caller's clock (instances' clocks are assumed synchronised to a few ms, as App Service's are).
 */
export interface SlotRequest {
  count: number;
  intervalMs: number;
  notBefore: number;
}

/** The slots granted: `start + i × intervalMs` for i in 0..count-1, each the caller's alone. */
export interface SlotGrant {
  start: number;
  intervalMs: number;
  count: number;
}

/**
 * Teams' per-app send limit (about 30–50 requests/s per app per tenant) shared by every instance: a virtual
 * schedule of send slots (GCRA: one "next free slot" instant). A claim takes the next `count` free slots, so
 * slots granted to different instances never overlap and, together, never go faster than the rate asked
 * for. An instance that dies holds at most the slots it claimed (a fraction of a second); nothing to free.
 * Errors: whatever storage throws once its own retries (412: someone claimed meanwhile) are spent.
 */
export interface SendBudget {
  claim(request: SlotRequest): Promise<SlotGrant>;
}

/**
 * The budget's one rule, shared by every implementation: slots start at the later of the next free slot and
 * `notBefore`, and the next free slot moves past them.
 */
export function grantSlots(nextFree: number, request: SlotRequest): { grant: SlotGrant; nextFree: number } {
  const start = Math.max(nextFree, request.notBefore);
  return { grant: { start, intervalMs: request.intervalMs, count: request.count }, nextFree: start + request.count * request.intervalMs };
}

/** Someone (or a channel) who gets the weekly digest, perhaps for one lead or board only. */
export interface DigestSubscription {
  /** `channel` also covers group chats: both are reached through their conversation id. */
  kind: 'personal' | 'channel';
  tenantId: string;
  /** The user's id (AAD object id) for `personal`; the conversation id for `channel`. */
  target: string;
  name: string;
  scope: DigestScope;
  addedBy: string;
  addedAt: string;
}

/** `personal` → the user id lower-cased; `channel` → `conv:<conversation id>`. Also the ledger's recipient name. */
export function subscriberKey(s: Pick<DigestSubscription, 'kind' | 'target'>): string {
  return s.kind === 'personal' ? s.target.toLowerCase() : `conv:${s.target}`;
}

export interface Digests {
  saveSnapshot(snapshot: DigestSnapshot): Promise<void>;
  latestSnapshot(): Promise<DigestSnapshot | null>;
  subscribe(s: DigestSubscription): Promise<void>;
  unsubscribe(key: string): Promise<boolean>;
  /** The subscription under any of these keys (a person is known by several ids), or null. */
  findSubscriber(keys: string[]): Promise<DigestSubscription | null>;
  subscribers(): Promise<DigestSubscription[]>;
}

/** A document someone sent in Teams, held until they press "Import" on the preview. */
export interface PendingImport {
  id: string;
  userId: string;
  fileName: string;
  content: Buffer;
  createdAt: string;
}

export interface PendingImports {
  /** False when the document is too large to hold (the CLI takes it then). */
  save(p: PendingImport): Promise<boolean>;
  take(userId: string, id: string): Promise<PendingImport | null>;
  remove(userId: string, id: string): Promise<void>;
}

/**
 * One import as written, so an interrupted import can be finished at the next start and a finished one
 * undone. `writing` → `done` (or `undoing` → `undone`). `at` is the import's own time: its history entries
 * carry it and an interrupted import is planned again as of it, so finishing gives what a clean run gives.
 */
export interface ImportRecord {
  id: string;
  fileName: string;
  by: string;
  byName: string;
  at: string;
  /** The options the document was imported with (board, meeting date, lead, suggested, valid rows only). */
  options: Record<string, unknown>;
  state: 'writing' | 'done' | 'undoing' | 'undone';
  /** Until when the writer holds it (ISO): nobody else finishes an import before then. */
  heldUntil: string;
  /** Keys of the actions it created (src/domain/action.ts `actionKey`). */
  created: string[];
  /** The actions it corrected, with the fields as they were before (for undo). */
  changed: Array<{ key: string; before: Record<string, unknown> }>;
  /** What it did, once done: counts of new, corrected and unchanged actions. */
  result: { created: number; changed: number; unchanged: number } | null;
  /** Who undid it and when, once undone. */
  undone: { by: string; byName: string; at: string } | null;
}

/** The record of every import (`chaser import --list`, `--undo`), with the document each came from. */
export interface ImportJournal {
  /** Records an import before its first write, with the document it reads. DuplicateRecordError if the id is taken. */
  begin(record: ImportRecord, content: Buffer): Promise<void>;
  /**
   * Moves an import to another state (with what it did, or who undid it), only from `from`: false when
   * its state was not `from` any more (someone else finished or undid it meanwhile). With `claimAt`, only
   * when nobody holds it at that time (`heldUntil` ≤ `claimAt`): how a process takes over an import.
   */
  update(id: string, from: ImportRecord['state'], changes: Partial<Pick<ImportRecord, 'state' | 'result' | 'undone' | 'heldUntil'>>, claimAt?: Date): Promise<boolean>;
  get(id: string): Promise<ImportRecord | null>;
  /** The document an import read (null when there is no such import). */
  document(id: string): Promise<Buffer | null>;
  /** Every import, newest first, without the lists of keys (`created`, `changed` are empty here). */
  list(): Promise<ImportRecord[]>;
  /**
   * The imports left `writing` or `undoing` (as `list` gives them): what each start of Chaser or of a
   * `chaser` command looks for, asked of the store so it does not read every import ever made.
   */
  unfinished(): Promise<ImportRecord[]>;
}

/**
 * A question Chaser asked and is waiting on ("which action?", "mark #8 complete?"): the reply's words are
 * kept so the answer completes it, by a button or in words ("the second one"). Expires.
 */
export interface PendingClarification {
  id: string;
  kind: 'which-action' | 'confirm';
  /** The reply as the person wrote it: it becomes the update text, whole. */
  text: string;
  status: 'complete' | 'on_track' | 'amber' | 'red';
  revisedDue: IsoDate | null;
  /** Action keys offered, in the order shown. */
  candidates: string[];
  createdAt: string;
  expiresAt: string;
}

/** What Chaser remembers of its conversation with one person (one read per message). */
export interface ChatMemory {
  pending: PendingClarification | null;
  /** The actions on the last reminder card sent to this person, so "done - sent it on Tuesday" has a context. */
  lastCard: { keys: string[]; at: string } | null;
  /** The person's last recorded update, so "undo" knows what to reverse. */
  lastRecorded: { key: string; at: string } | null;
}

/** Per-person conversation memory; each part is written on its own (a sweep and a chat never overwrite each other's). */
export interface ChatMemories {
  /** Everything remembered of this person (their id as Chaser knows them: AAD object id, lower-cased). */
  read(personId: string): Promise<ChatMemory>;
  /** Sets the parts given (null clears a part); the others are left as they are. */
  write(personId: string, parts: Partial<ChatMemory>): Promise<void>;
}

/**
 * The boards' meetings Chaser knows (src/domain/meeting.ts): a small table read by point reads (one board's
 * meeting on one date) or whole (a few hundred rows at most). `save` adds or replaces.
 */
export interface MeetingCalendar {
  get(boardCode: string, date: IsoDate): Promise<Meeting | null>;
  save(meeting: Meeting): Promise<void>;
  /** True when it was removed, false when there was no such meeting. */
  remove(boardCode: string, date: IsoDate): Promise<boolean>;
  /** Every meeting, soonest first (then by board code). */
  list(): Promise<Meeting[]>;
}

/** Storage as a whole: for /healthz and logs. */
export interface StorageHealth {
  /** Resolves when storage answers within `timeoutMs`; rejects otherwise. */
  ping(timeoutMs: number): Promise<void>;
  /** A description without secrets, for logs. */
  describe(): string;
}

/** Every port over one register. */
export interface Store {
  actions: ActionRegister;
  conversations: Conversations;
  leads: LeadDirectory;
  admins: Secretariat;
  ledger: DeliveryLedger;
  leases: Leases;
  sendBudget: SendBudget;
  digests: Digests;
  pendingImports: PendingImports;
  imports: ImportJournal;
  chatMemories: ChatMemories;
  meetings: MeetingCalendar;
  health: StorageHealth;
}
