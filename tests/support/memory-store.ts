import type { Action, ActionId } from '../../src/domain/action';
import { actionKey, actionReference, isOpen, meetingKey } from '../../src/domain/action';
import type { ActionUpdate } from '../../src/domain/action-update';
import { normaliseLead } from '../../src/domain/lead';
import type { LeadEntry } from '../../src/domain/lead';
import type { DigestSnapshot } from '../../src/domain/digest';
import type {
  ActionRegister, Admin, ChatMemory, ImportJournal, ImportRecord, ConversationRecord, DeliveryLedger, DigestSubscription, Digests, LedgerEntry, PendingImport, Store, StoredAction, StoredLedgerEntry,
} from '../../src/app/ports';
import { subscriberKey } from '../../src/app/ports';
import { DuplicateRecordError, StaleRecordError } from '../../src/errors';
import type { Meeting } from '../../src/domain/meeting';
import { byDateThenBoard } from '../../src/store/meeting-repository';
import { LocalSendBudget } from '../../src/teams/local-send-budget';

/**
 * The in-memory twin of the Azure Tables store, for use-case tests that run in milliseconds. It keeps
 * the same promises (ETags, 409 on duplicates, history newest first, index order) and is proven against
 * Azurite by tests/contract/. Values are copied in and out, as storage would.
 */
export function memoryStore(settingsAdmins: string[] = []): Store {
  let version = 0;
  const etag = () => `W/"${++version}"`;
  const copy = <T>(v: T): T => structuredClone(v);

  const actions = new Map<string, { action: Action; etag: string }>();
  const history = new Map<string, ActionUpdate[]>();
  const indexKey = (a: Action) => `${a.due ?? '~'}|${actionKey(a)}`;
  // Byte order, as Azure Tables sorts RowKeys ('~' after every digit), not the locale's order.
  const sortDue = (list: Action[]) => list.sort((a, b) => (indexKey(a) < indexKey(b) ? -1 : indexKey(a) > indexKey(b) ? 1 : 0));
  const open = () => sortDue([...actions.values()].map((r) => copy(r.action)).filter(isOpen));
  // A range keeps dated actions due in [from, to]; no range keeps every one (as the index's key ranges do).
  const inRange = (a: Action, range?: { from?: string; to?: string }) => !range || (a.due !== null && (!range.from || a.due >= range.from) && (!range.to || a.due <= range.to));
  const register: ActionRegister = {
    async get(id) { const r = actions.get(actionKey(id)); return r ? copy(r) : null; },
    async create(action, entries = []) {
      await register.createMany([{ action, history: entries }]);
      return (await register.get(action))!;
    },
    async createMany(list) {
      if (list.some(({ action }) => actions.has(actionKey(action)))) throw new DuplicateRecordError(list.length === 1 ? `Action ${actionReference(list[0]!.action)}` : 'One of these actions');
      for (const { action, history: entries } of list) {
        actions.set(actionKey(action), { action: copy(action), etag: etag() });
        history.set(actionKey(action), [...copy(entries)].reverse());
      }
    },
    async record(previous: StoredAction, next, entry) {
      const current = actions.get(actionKey(next));
      if (!current || current.etag !== previous.etag) throw new StaleRecordError(`Action ${actionReference(next)}`);
      const stored = { action: copy(next), etag: etag() };
      actions.set(actionKey(next), stored);
      history.set(actionKey(next), [copy(entry), ...(history.get(actionKey(next)) ?? [])]);
      return copy(stored);
    },
    async removeMany(ids) { for (const id of ids) { actions.delete(actionKey(id)); history.delete(actionKey(id)); } },
    async reindex() { /* the twin's indexes are computed on every read */ },
    async history(id: ActionId) { return copy(history.get(actionKey(id)) ?? []); },
    async histories(ids) { return new Map(ids.filter((id) => history.has(actionKey(id))).map((id) => [actionKey(id), copy(history.get(actionKey(id))!)])); },
    async listMeeting(m) { return [...actions.values()].map((r) => copy(r.action)).filter((a) => meetingKey(a) === meetingKey(m)).sort((a, b) => a.number - b.number); },
    async findByNumber(n) { return [...actions.values()].map((r) => copy(r.action)).filter((a) => a.number === n); },
    async findNumbered(n) { return [...actions.values()].filter((r) => r.action.number === n).map(({ action: a }) => ({ boardCode: a.boardCode, meetingDate: a.meetingDate, number: a.number, ref: a.ref })); },
    async getWithHistory(id) { const r = actions.get(actionKey(id)); return r ? { action: copy(r.action), history: copy(history.get(actionKey(id)) ?? []) } : null; },
    async findByRef(ref) { return [...actions.values()].map((r) => copy(r.action)).filter((a) => a.ref === ref); },
    async listAll() { return [...actions.values()].map((r) => copy(r.action)); },
    async listOpenDue({ from, to }) { return open().filter((a) => a.due !== null && (!from || a.due >= from) && (!to || a.due <= to)); },
    async listOpenWithoutDue() { return open().filter((a) => a.due === null); },
    async listOpen() { return open(); },
    async listOpenByLead(lead, range) { return open().filter((a) => normaliseLead(a.lead) === normaliseLead(lead) && inRange(a, range)); },
    async listOpenByStatus(status, range) { return open().filter((a) => a.status === status && inRange(a, range)); },
    async repairIndex() { return { repaired: 0 }; },
    indexLagging: () => false,
  };

  const conversations = new Map<string, ConversationRecord>();
  const conversationKey = (t: string, scope: ConversationRecord['scope'], target: string) => `${t || 'none'}|${scope === 'personal' ? 'user' : 'conv'}:${target}`;
  const leads = new Map<string, LeadEntry>();
  const admins = new Map<string, Admin>();
  const fromSettings = new Set(settingsAdmins.map((a) => a.toLowerCase()));
  const ledgerRows = new Map<string, StoredLedgerEntry>();
  const leases = new Map<string, { holder: string; expiresAt: Date }>();
  const snapshots: DigestSnapshot[] = [];
  const subscribers = new Map<string, DigestSubscription>();
  const pending = new Map<string, PendingImport>();
  const memories = new Map<string, ChatMemory>();
  const meetings = new Map<string, Meeting>();

  const ledger: DeliveryLedger = {
    async get(scope, key) { const r = ledgerRows.get(`${scope}|${key}`); return r ? copy(r) : null; },
    async claim(scope, key, entry: LedgerEntry) {
      if (ledgerRows.has(`${scope}|${key}`)) return null;
      const r = { entry: copy(entry), etag: etag() };
      ledgerRows.set(`${scope}|${key}`, r);
      return copy(r);
    },
    async replace(scope, key, previous, next) {
      const current = ledgerRows.get(`${scope}|${key}`);
      if (!current || current.etag !== previous.etag) return null;
      const r = { entry: copy(next), etag: etag() };
      ledgerRows.set(`${scope}|${key}`, r);
      return copy(r);
    },
    async forScope(scope) {
      return [...ledgerRows].filter(([k]) => k.startsWith(`${scope}|`)).map(([k, r]) => ({ key: k.slice(scope.length + 1), entry: copy(r.entry) }));
    },
  };

  const digests: Digests = {
    async saveSnapshot(s) { snapshots.unshift(copy(s)); },
    async latestSnapshot() { return snapshots[0] ? copy(snapshots[0]) : null; },
    async subscribe(s) { subscribers.set(subscriberKey(s).toLowerCase(), copy(s)); },
    async unsubscribe(key) { return subscribers.delete(key.toLowerCase()); },
    async findSubscriber(keys) { for (const k of keys) { const s = subscribers.get(k.toLowerCase()); if (s) return copy(s); } return null; },
    async subscribers() { return [...subscribers.values()].map(copy); },
  };

  return {
    actions: register,
    conversations: {
      async save(r) { conversations.set(conversationKey(r.tenantId, r.scope, r.target), { ...copy(r), upn: r.upn ? r.upn.toLowerCase() : null }); },
      async get(t, scope, target) { const r = conversations.get(conversationKey(t, scope === 'groupChat' ? 'channel' : scope, target)) ?? conversations.get(conversationKey(t, scope, target)); return r ? copy(r) : null; },
      async findPersonal(id) { for (const r of conversations.values()) if (r.scope === 'personal' && r.target === id) return copy(r); return null; },
      async findByUpn(upn) { for (const r of conversations.values()) if (r.scope === 'personal' && r.upn === upn.toLowerCase()) return copy(r); return null; },
      async remove(t, scope, target) { return conversations.delete(conversationKey(t, scope, target)); },
      async list() { return [...conversations.values()].map(copy); },
    },
    leads: {
      async get(lead) { const e = leads.get(normaliseLead(lead)); return e ? copy(e) : null; },
      async save(entry) { leads.set(normaliseLead(entry.lead), { ...copy(entry), lead: entry.lead.trim() }); },
      async list() { return [...leads.values()].map(copy).sort((a, b) => a.lead.localeCompare(b.lead)); },
    },
    admins: {
      async isAdmin(ids) { return ids.some((id) => fromSettings.has(id.toLowerCase()) || admins.has(id.toLowerCase())); },
      async add(a) { admins.set(a.id.toLowerCase(), copy(a)); },
      async remove(id) { return admins.delete(id.toLowerCase()); },
      async list() {
        return [...[...fromSettings].map((id) => ({ id, name: id, addedAt: '', addedBy: 'settings', fromSettings: true })),
          ...[...admins.values()].filter((a) => !fromSettings.has(a.id.toLowerCase())).map((a) => ({ ...copy(a), fromSettings: false }))];
      },
    },
    ledger,
    leases: {
      async acquire(job, holder, now, ttlMs) {
        const current = leases.get(job);
        if (current && current.holder !== holder && current.expiresAt > now) return false;
        leases.set(job, { holder, expiresAt: new Date(now.getTime() + ttlMs) });
        return true;
      },
      async release(job, holder) { if (leases.get(job)?.holder === holder) leases.delete(job); },
      async expiresAt(job) { return leases.get(job)?.expiresAt ?? null; },
    },
    sendBudget: new LocalSendBudget(),
    digests,
    pendingImports: {
      async save(p) { pending.set(`${p.userId.toLowerCase()}|${p.id}`, copy(p)); return true; },
      async take(userId, id) { const p = pending.get(`${userId.toLowerCase()}|${id}`); return p ? copy(p) : null; },
      async remove(userId, id) { pending.delete(`${userId.toLowerCase()}|${id}`); },
    },
    imports: importJournal(copy),
    chatMemories: {
      async read(id) { return copy(memories.get(id.toLowerCase()) ?? { pending: null, lastCard: null, lastRecorded: null }); },
      async write(id, parts) { memories.set(id.toLowerCase(), { ...(memories.get(id.toLowerCase()) ?? { pending: null, lastCard: null, lastRecorded: null }), ...copy(parts) }); },
    },
    meetings: {
      async get(code, date) { const m = meetings.get(`${code}|${date}`); return m ? copy(m) : null; },
      async save(m) { meetings.set(`${m.boardCode}|${m.date}`, copy(m)); },
      async remove(code, date) { return meetings.delete(`${code}|${date}`); },
      async list() { return [...meetings.values()].map(copy).sort(byDateThenBoard); },
    },
    health: { ping: async () => undefined, describe: () => 'in memory' },
  };
}

/** The twin of src/store/import-journal-repository.ts. */
function importJournal(copy: <T>(v: T) => T): ImportJournal {
  const records = new Map<string, { record: ImportRecord; content: Buffer }>();
  return {
    async begin(record, content) {
      if (records.has(record.id)) throw new DuplicateRecordError(`Import ${record.id}`);
      records.set(record.id, { record: copy(record), content: Buffer.from(content) });
    },
    async update(id, from, changes, claimAt) {
      const r = records.get(id);
      if (!r || r.record.state !== from) return false;
      if (claimAt && new Date(r.record.heldUntil) > claimAt) return false;
      r.record = { ...r.record, ...copy(changes) };
      return true;
    },
    async get(id) { const r = records.get(id); return r ? copy(r.record) : null; },
    async document(id) { const r = records.get(id); return r ? Buffer.from(r.content) : null; },
    async list() {
      return [...records.values()].map((r) => ({ ...copy(r.record), created: [], changed: [] }))
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id.localeCompare(b.id)));
    },
    async unfinished() {
      return (await this.list()).filter((r) => r.state === 'writing' || r.state === 'undoing');
    },
  };
}
