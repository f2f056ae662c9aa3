import type { Status } from '../domain/action';
import type { IsoDate } from '../domain/calendar-date';
import { RAG_COLOURS } from '../domain/digest';
import type { ActionRef, DigestChange, DigestLine, RagCounts, RagLabel } from '../domain/digest';
import { ExportInput, titleOf } from './export-input';

/** One action in a list of the JSON digest. */
export interface DigestJsonItem {
  reference: string;
  number: number;
  text: string;
  lead: string;
  due: IsoDate | null;
  status: Status;
  rag: RagLabel;
  businessDaysOverdue: number;
  lastUpdate: string | null;
  lastUpdateAt: string | null;
}

/** A change since the last digest; `from`/`to` for a status change, `status` otherwise. */
export interface DigestJsonChange {
  kind: DigestChange['kind'];
  reference: string;
  number: number;
  text: string;
  lead: string;
  from?: Status;
  to?: Status;
  status?: Status;
  by?: string;
  at?: string;
  update?: string;
}

/** The digest's numbers for machines (issue 5: `npx chaser digest --format json`). */
export interface DigestJson extends RagCounts {
  title: string;
  asOf: IsoDate;
  generatedAt: string;
  sentence: string;
  summary: string[];
  overdue: DigestJsonItem[];
  dueSoon: DigestJsonItem[];
  needsDate: DigestJsonItem[];
  changes: DigestJsonChange[];
}

function who(ref: ActionRef): Pick<DigestJsonItem, 'reference' | 'number' | 'text' | 'lead'> {
  return { reference: ref.reference, number: ref.number, text: ref.text, lead: ref.lead };
}

function itemOf(l: DigestLine): DigestJsonItem {
  return {
    ...who(l.ref),
    due: l.due,
    status: l.status,
    rag: RAG_COLOURS[l.status].label,
    businessDaysOverdue: l.businessDaysOverdue,
    lastUpdate: l.lastUpdate,
    lastUpdateAt: l.lastUpdateAt,
  };
}

function changeOf(c: DigestChange): DigestJsonChange {
  if (c.kind === 'new') return { kind: c.kind, ...who(c.action) };
  const report = { by: c.by, at: c.at, update: c.text };
  if (c.kind === 'status') return { kind: c.kind, ...who(c.action), from: c.from, to: c.to, ...report };
  return { kind: c.kind, ...who(c.action), status: c.status, ...report };
}

export function digestJson(input: ExportInput): DigestJson {
  const { digest } = input;
  return {
    title: titleOf(input),
    asOf: digest.asOf,
    generatedAt: input.generatedAt.toISOString(),
    sentence: digest.sentence,
    summary: digest.summary,
    ...digest.counts,
    overdue: digest.overdue.map(itemOf),
    dueSoon: digest.dueSoon.map(itemOf),
    needsDate: digest.needsDate.map(itemOf),
    changes: digest.changes.map(changeOf),
  };
}
