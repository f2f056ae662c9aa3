#!/usr/bin/env node
'use strict';
/**
 * `npm run measures`: the house's measures (issue "one use-case layer"): files per folder of src/ with the
 * median, 90th percentile and largest line counts; import cycles; and which files import the concrete
 * store (src/store/), which only the composition roots and the store itself should.
 * Reads the import graph from dependency-cruiser (the same tool and settings as `npm run lint:deps`).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const COMPOSITION_ROOTS = new Set(['src/chaser.ts', 'src/cli/cli-context.ts']);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : /\.(ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The value at fraction `p` of the sorted list (nearest rank). */
function rank(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const byFolder = new Map();
for (const file of walk(path.join(root, 'src')).filter((f) => f.endsWith('.ts'))) {
  const rel = path.relative(root, file).split(path.sep);
  const folder = rel.length > 2 ? `src/${rel[1]}/` : 'src/ (top level)';
  const lines = fs.readFileSync(file, 'utf8').split('\n').length - 1;
  if (!byFolder.has(folder)) byFolder.set(folder, []);
  byFolder.get(folder).push(lines);
}

const rows = [...byFolder.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([folder, counts]) => {
  const sorted = [...counts].sort((a, b) => a - b);
  return [folder, String(sorted.length), String(rank(sorted, 0.5)), String(rank(sorted, 0.9)), String(sorted[sorted.length - 1])];
});
const all = [...byFolder.values()].flat().sort((a, b) => a - b);
rows.push(['all of src', String(all.length), String(rank(all, 0.5)), String(rank(all, 0.9)), String(all[all.length - 1])]);
const header = ['folder', 'files', 'median lines', 'p90 lines', 'max lines'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(['TypeScript files in src/ (lines per file)', '', line(header), `|${widths.map((w, i) => (i === 0 ? '-' : '').padEnd(w + 1, '-') + (i === 0 ? '-' : ':')).join('|')}|`, ...rows.map(line)].join('\n'));

const depcruise = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const graph = JSON.parse(execFileSync(process.execPath, [depcruise, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).toString('utf8'));
const cycles = graph.modules.filter((m) => m.dependencies.some((d) => d.circular));
console.log(`\nImport cycles: ${cycles.length ? cycles.map((m) => m.source).join(', ') : 0}`);

const storeImporters = graph.modules
  .filter((m) => !m.source.startsWith('src/store/') && m.dependencies.some((d) => d.resolved.startsWith('src/store/')))
  .map((m) => m.source)
  .sort();
const strays = storeImporters.filter((s) => !COMPOSITION_ROOTS.has(s));
console.log(`Files outside src/store/ that import the concrete store: ${storeImporters.join(', ') || 'none'}${strays.length ? ` (not composition roots: ${strays.join(', ')})` : ' (composition roots only)'}`);
console.log(`Dependency rule violations: ${graph.summary.violations.length}`);
process.exitCode = cycles.length || strays.length ? 1 : 0;
