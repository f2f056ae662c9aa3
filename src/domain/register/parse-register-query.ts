import { STATUSES, Status } from '../action';
import { isIsoDate } from '../calendar-date';
import { DEFAULT_REGISTER_QUERY, MAX_PAGE_SIZE, REGISTER_COLUMNS, RegisterColumn, RegisterQuery } from './register-query';

/** The register grid's URL parameters, as strings (repeated parameters may come as arrays). */
export type RegisterParams = Record<string, string | string[] | undefined>;

const MEETING = /^([A-Za-z0-9]+)[ _](\d{4}-\d{2}-\d{2})$/;

function one(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const t = v?.trim();
  return t ? t : undefined;
}

function flag(value: string | string[] | undefined): boolean | undefined {
  const v = one(value)?.toLowerCase();
  if (v === undefined) return undefined;
  return v === 'true' || v === '1' || v === 'yes';
}

function whole(value: string | undefined, name: string, min: number, max: number): number | string {
  if (value === undefined) return NaN;
  if (!/^\d+$/.test(value)) return `${name} must be a whole number (got "${value.slice(0, 20)}").`;
  const n = Number(value);
  if (n < min || n > max) return `${name} must be between ${min} and ${max} (got ${n}).`;
  return n;
}

/**
 * Reads the grid's parameters: `meeting` (`OB_2022-04-21` or `OB 2022-04-21`), `lead`, `mine`,
 * `status` (comma separated: complete, on_track, amber, red, awaiting_update), `overdue`, `dueFrom`,
 * `dueTo` (YYYY-MM-DD), `q` (words), `all` (include complete actions; default false), `sort` (a column),
 * `dir` (asc|desc), `page`, `pageSize` (1–200). Unknown parameters are ignored.
 * @returns the query, or a sentence naming the first parameter that is not valid
 */
export function parseRegisterQuery(params: RegisterParams): { query: RegisterQuery } | { problem: string } {
  const query: RegisterQuery = { ...DEFAULT_REGISTER_QUERY };
  const meeting = one(params.meeting);
  if (meeting) {
    const m = MEETING.exec(meeting);
    if (!m || !isIsoDate(m[2]!)) return { problem: `meeting must be a board code and a date such as OB_2022-04-21 (got "${meeting.slice(0, 40)}").` };
    query.meeting = { boardCode: m[1]!, meetingDate: m[2]! };
  }
  const lead = one(params.lead);
  if (lead) query.lead = lead.slice(0, 200);
  if (flag(params.mine)) query.mine = true;
  const status = one(params.status);
  if (status) {
    const wanted = status.split(',').map((s) => s.trim()).filter(Boolean);
    const wrong = wanted.find((s) => !(STATUSES as readonly string[]).includes(s));
    if (wrong) return { problem: `status must be among ${STATUSES.join(', ')} (got "${wrong.slice(0, 40)}").` };
    query.statuses = wanted as Status[];
  }
  if (flag(params.overdue)) query.overdue = true;
  for (const name of ['dueFrom', 'dueTo'] as const) {
    const value = one(params[name]);
    if (value === undefined) continue;
    if (!isIsoDate(value)) return { problem: `${name} must be a date such as 2022-06-30 (got "${String(value).slice(0, 40)}").` };
    query[name] = value;
  }
  if (query.dueFrom && query.dueTo && query.dueFrom > query.dueTo) return { problem: `dueFrom (${query.dueFrom}) is after dueTo (${query.dueTo}).` };
  const text = one(params.q);
  if (text) query.text = text.slice(0, 200);
  const all = flag(params.all);
  if (all !== undefined) query.includeComplete = all;
  const sort = one(params.sort);
  if (sort) {
    if (!(REGISTER_COLUMNS as readonly string[]).includes(sort)) return { problem: `sort must be one of ${REGISTER_COLUMNS.join(', ')} (got "${sort.slice(0, 40)}").` };
    query.sort = sort as RegisterColumn;
  }
  const dir = one(params.dir);
  if (dir) {
    if (dir !== 'asc' && dir !== 'desc') return { problem: `dir must be asc or desc (got "${String(dir).slice(0, 20)}").` };
    query.direction = dir;
  }
  const page = whole(one(params.page), 'page', 1, 1_000_000);
  if (typeof page === 'string') return { problem: page };
  if (!Number.isNaN(page)) query.page = page;
  const pageSize = whole(one(params.pageSize), 'pageSize', 1, MAX_PAGE_SIZE);
  if (typeof pageSize === 'string') return { problem: pageSize };
  if (!Number.isNaN(pageSize)) query.pageSize = pageSize;
  return { query };
}
