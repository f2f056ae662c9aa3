import type { Action, LatestUpdate, Resolution, Status, TimingFlag } from '../domain/action';
import { actionKey, meetingKey } from '../domain/action';
import { normaliseLead } from '../domain/lead';
import { createHash } from 'crypto';
import { safeKey } from './keys';
import { joinLong, splitLong } from './long-text';

/** An action as stored: flat properties, lists and the latest update as JSON text. */
export type ActionEntity = {
  partitionKey: string;
  rowKey: string;
  boardCode: string;
  board: string;
  meetingDate: string;
  number: number;
  ref?: string;
  text: string;
  timing: string;
  due: string;
  resolution: string;
  flags: string;
  milestones: string;
  superseded?: string;
  lead: string;
  strand: string;
  status: string;
  latest: string;
  createdAt: string;
  updatedAt: string;
};

/** Actions table keys: PartitionKey = meeting (`OB_2022-04-21`), RowKey = zero-padded number (`005`). */
export function actionKeys(a: Pick<Action, 'boardCode' | 'meetingDate' | 'number'>): { partitionKey: string; rowKey: string } {
  return { partitionKey: meetingKey(a), rowKey: actionRowKey(a) };
}

/** An action's RowKey: its number, zero-padded to three digits (digits sort before the `h|` and `x|` rows). */
export function actionRowKey(a: Pick<Action, 'number'>): string {
  return String(a.number).padStart(3, '0');
}

/** Open-actions index keys: one partition, RowKey = due date (or `~` for none) + action key. */
export function openIndexKeys(a: Pick<Action, 'boardCode' | 'meetingDate' | 'number' | 'due'>): { partitionKey: string; rowKey: string } {
  return { partitionKey: 'open', rowKey: `${a.due ?? NO_DUE}|${actionKey(a)}` };
}
/**
 * Number-and-reference index keys: two rows per action, each a copy of it, RowKey = the action key.
 * PartitionKey `<number>` ("show action 5": every meeting's #5) and `ref:<reference as written>`
 * ("show action 42/20"; the reference made key-safe by `safeKey`).
 */
export function numberIndexKeys(a: Pick<Action, 'boardCode' | 'meetingDate' | 'number' | 'ref'>): Array<{ partitionKey: string; rowKey: string }> {
  return [numberIndexPartition(a.number), refIndexPartition(a.ref || String(a.number))].map((partitionKey) => ({ partitionKey, rowKey: actionKey(a) }));
}
/** The number index partition of every action numbered `n`. */
export function numberIndexPartition(n: number): string {
  return String(n);
}
/** The reference index partition of every action whose board reference is `ref`. */
export function refIndexPartition(ref: string): string {
  return `ref:${safeKey(ref)}`;
}

/**
 * Lead-and-status index keys: two rows per open action, each a copy of it, RowKey as in the open-actions
 * index (`<due>|<action key>`, soonest first, undated last). PartitionKey `lead:<lead as questions match
 * it>` ("what is open for MOPAC": `lead:mopac`) and `status:<status>` ("which actions are red": `status:red`).
 */
export function leadStatusIndexKeys(a: Pick<Action, 'boardCode' | 'meetingDate' | 'number' | 'due' | 'lead' | 'status'>): Array<{ partitionKey: string; rowKey: string }> {
  const { rowKey } = openIndexKeys(a);
  return [leadIndexPartition(a.lead), statusIndexPartition(a.status)].map((partitionKey) => ({ partitionKey, rowKey }));
}
/**
 * The partition of a lead's open actions: the lead as `normaliseLead` matches it (any case, spacing, a
 * leading "the"). A lead too long for a key (a whole paragraph pasted as the lead) is keyed by its hash.
 */
export function leadIndexPartition(lead: string): string {
  const key = normaliseLead(lead);
  const escaped = key.length <= LONGEST_LEAD_KEY ? safeKey(key) : '';
  return escaped && escaped.length <= LONGEST_LEAD_KEY ? `lead:${escaped}` : `leadhash:${createHash('sha256').update(key).digest('hex')}`;
}
/** Characters of a lead kept as written in its partition key (keys are at most 1 KiB; a lead is a few words). */
const LONGEST_LEAD_KEY = 200;
/** The partition of the open actions with this status. */
export function statusIndexPartition(status: Status): string {
  return `status:${status}`;
}

/** Sorts after every date, so "needs a date" actions sit at the end of the index. */
export const NO_DUE = '~';

/** Long texts (a whole tracker's narrative) are split over numbered properties: see long-text.ts. */
const LONG_FIELDS = ['text', 'timing', 'latest', 'lead', 'strand'] as const;

export function toPersistence(a: Action, keys: { partitionKey: string; rowKey: string }): ActionEntity {
  return splitLong(entityOf(a, keys), [...LONG_FIELDS]);
}

function entityOf(a: Action, keys: { partitionKey: string; rowKey: string }): ActionEntity {
  return {
    ...keys,
    boardCode: a.boardCode,
    board: a.board,
    meetingDate: a.meetingDate,
    number: a.number,
    ref: a.ref,
    text: a.text,
    timing: a.timing,
    due: a.due ?? '',
    resolution: a.resolution,
    flags: JSON.stringify(a.flags),
    milestones: JSON.stringify(a.milestones),
    superseded: JSON.stringify(a.superseded),
    lead: a.lead,
    strand: a.strand ?? '',
    status: a.status,
    latest: a.latest ? JSON.stringify(a.latest) : '',
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function toDomain(stored: ActionEntity): Action {
  // Read in place (no copy of the entity): this runs for every row an answer reads.
  const e = stored;
  const text = joinLong(stored, 'text');
  const timing = joinLong(stored, 'timing');
  const latest = joinLong(stored, 'latest');
  const lead = joinLong(stored, 'lead');
  const strand = joinLong(stored, 'strand');
  return {
    boardCode: e.boardCode,
    board: e.board,
    meetingDate: e.meetingDate,
    number: Number(e.number),
    ref: e.ref || String(e.number),
    text,
    timing,
    due: e.due || null,
    resolution: e.resolution as Resolution,
    flags: parseList(e.flags) as TimingFlag[],
    milestones: parseList(e.milestones),
    superseded: parseList(e.superseded ?? ''),
    lead,
    strand: strand || null,
    status: e.status as Status,
    latest: latest ? (JSON.parse(latest) as LatestUpdate) : null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

function parseList(value: string): string[] {
  // Most lists are empty ('[]'): no parse for them.
  return value && value !== '[]' ? (JSON.parse(value) as string[]) : [];
}
