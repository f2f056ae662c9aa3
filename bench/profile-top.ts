/**
 * The top of a V8 CPU profile, as text: `npx tsx bench/profile-top.ts bench/profiles/load-….cpuprofile [N]`.
 * Self time by package or source folder (where the CPU goes), then the N functions with the most self time
 * (an anonymous function is named after the nearest named caller), then the inclusive time of Chaser's own
 * stages. Idle time is left out of the percentages: they are shares of the busy time.
 */
import * as fs from 'fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: npx tsx bench/profile-top.ts <file.cpuprofile> [N]');
  const top = Number(topArg ?? 30);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    // Each sample's time is the delta to the next one.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + dt);
  }
  const idle = [...selfUs].filter(([id]) => nodes.get(id)!.callFrame.functionName === '(idle)').reduce((s, [, us]) => s + us, 0);
  const total = [...selfUs.values()].reduce((s, us) => s + us, 0);
  const busy = total - idle;

  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const ownStages = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = nodes.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    add(byGroup, groupOf(node.callFrame), us);
    add(byFunction, `${nameOf(node, nodes, parent)}  ${where(node.callFrame)}`, us);
    // Inclusive: each of Chaser's own functions on the stack (once per sample) gets the sample's time.
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = nodes.get(parent.get(n.id) ?? -1)) {
      if (!isOwn(n.callFrame) || !n.callFrame.functionName) continue;
      const key = `${n.callFrame.functionName}  ${where(n.callFrame)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(ownStages, key, us);
    }
  }
  const line = (us: number, label: string) => `${((100 * us) / busy).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${label}`;
  const print = (title: string, map: Map<string, number>, n: number) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(line(us, k));
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(1)} s busy (${((100 * busy) / total).toFixed(0)}%), ${((100 * idle) / total).toFixed(0)}% idle`);
  print('Self time by package or folder (% of busy time)', byGroup, 25);
  print(`Top ${top} functions by self time`, byFunction, top);
  print('Chaser\'s own functions, inclusive (time with the function on the stack)', ownStages, top);
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function isOwn(frame: CallFrame): boolean {
  return frame.url.includes('/src/') && !frame.url.includes('/node_modules/');
}

/** `@azure/core-client`, `src/store`, `node:internal`, or `(garbage collector)` for V8's own entries. */
function groupOf(frame: CallFrame): string {
  if (!frame.url) return frame.functionName || '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (pkg) return pkg[1]!;
  const own = /\/(src\/[^/]+)\//.exec(frame.url) ?? /\/(src|bench)\//.exec(frame.url);
  if (own) return own[1]!;
  if (frame.url.startsWith('node:')) return `node:${frame.url.slice(5).split('/')[0]}`;
  return frame.url;
}

function where(frame: CallFrame): string {
  if (!frame.url) return '';
  const path = frame.url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*?\/(src|bench)\//, '$1/');
  return `${path}:${frame.lineNumber + 1}`;
}

/** The function's name, or for an anonymous one "(anonymous in <nearest named caller>)". */
function nameOf(node: ProfileNode, nodes: Map<number, ProfileNode>, parent: Map<number, number>): string {
  if (node.callFrame.functionName) return node.callFrame.functionName;
  for (let n = nodes.get(parent.get(node.id) ?? -1); n; n = nodes.get(parent.get(n.id) ?? -1)) {
    if (n.callFrame.functionName && n.callFrame.url) return `(anonymous in ${n.callFrame.functionName})`;
  }
  return '(anonymous)';
}

main();
