/** What every benchmark reports: figures with their goal and whether they met it, plus details for the JSON. */
export interface Figure {
  /** e.g. "1. turn latency". */
  bench: string;
  name: string;
  value: string;
  /** The goal as a sentence; "—" when the issue sets none (reported for information). */
  goal: string;
  /** null when there is no goal to meet. */
  pass: boolean | null;
  /** The raw number(s) behind `value`, for machines. */
  raw?: Record<string, number | string | boolean | null>;
}

export interface BenchResult {
  id: string;
  title: string;
  ms: number;
  figures: Figure[];
  details: Record<string, unknown>;
  notes: string[];
  error: string | null;
}

export class Report {
  readonly figures: Figure[] = [];
  readonly details: Record<string, unknown> = {};
  readonly notes: string[] = [];

  constructor(readonly bench: string) {}

  add(name: string, value: string, goal = '—', pass: boolean | null = null, raw?: Figure['raw']): void {
    this.figures.push({ bench: this.bench, name, value, goal, pass, raw });
  }

  note(text: string): void {
    this.notes.push(text);
  }
}

export function markdownTable(results: readonly BenchResult[]): string {
  const rows = ['| Benchmark | Figure | Value | Goal | Result |', '|---|---|---|---|---|'];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  for (const r of results) {
    if (r.error) rows.push(`| ${cell(r.title)} | (failed) | ${cell(r.error.slice(0, 160))} | | ERROR |`);
    for (const f of r.figures) {
      rows.push(`| ${cell(f.bench)} | ${cell(f.name)} | ${cell(f.value)} | ${cell(f.goal)} | ${f.pass === null ? 'info' : f.pass ? 'pass' : '**MISS**'} |`);
    }
  }
  return rows.join('\n');
}

export const ms = (x: number): string => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
export const int = (x: number): string => Math.round(x).toLocaleString('en-GB');
