/**
 * Just enough Bicep reading for static checks (the Bicep compiler is not reachable from these machines):
 * comments and string contents masked so brackets can be matched, declarations, and blocks by key.
 */

/**
 * Same length and line breaks as `source`; comments blanked, and with `strings: true` string literals
 * blanked too except the code inside `${…}` interpolations.
 */
export function maskBicep(source: string, options: { strings: boolean }): string {
  const out = source.split('');
  let i = 0;
  const blank = (from: number, to: number, always = false) => {
    if (!always && !options.strings) return;
    for (let k = from; k < Math.min(to, out.length); k++) if (out[k] !== '\n') out[k] = ' ';
  };

  function code(untilBrace: boolean): void {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      if (c === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i);
        const stop = end < 0 ? source.length : end;
        blank(i, stop, true);
        i = stop;
      } else if (c === '/' && source[i + 1] === '*') {
        const end = source.indexOf('*/', i + 2);
        const stop = end < 0 ? source.length : end + 2;
        blank(i, stop, true);
        i = stop;
      } else if (c === "'") {
        string();
      } else {
        if (untilBrace && c === '{') depth++;
        if (untilBrace && c === '}') {
          if (depth === 0) return;
          depth--;
        }
        i++;
      }
    }
  }

  function string(): void {
    if (source.startsWith("'''", i)) {
      const end = source.indexOf("'''", i + 3);
      const stop = end < 0 ? source.length : end + 3;
      blank(i, stop);
      i = stop;
      return;
    }
    blank(i, i + 1);
    i++;
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        blank(i, i + 2);
        i += 2;
      } else if (c === "'") {
        blank(i, i + 1);
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        blank(i, i + 2);
        i += 2;
        code(true);
        blank(i, i + 1);
        i++;
      } else {
        blank(i, i + 1);
        i++;
      }
    }
  }

  code(false);
  return out.join('');
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Problems with bracket nesting in masked Bicep, e.g. `line 12: ']' closes '{' from line 10`. */
export function bracketProblems(masked: string): string[] {
  const stack: { open: string; line: number }[] = [];
  const problems: string[] = [];
  let line = 1;
  for (const c of masked) {
    if (c === '\n') line++;
    else if (c in PAIRS) stack.push({ open: c, line });
    else if (c === ')' || c === ']' || c === '}') {
      const top = stack.pop();
      if (!top) problems.push(`line ${line}: '${c}' closes nothing`);
      else if (PAIRS[top.open] !== c) problems.push(`line ${line}: '${c}' closes '${top.open}' from line ${top.line}`);
    }
  }
  for (const open of stack) problems.push(`line ${open.line}: '${open.open}' is never closed`);
  return problems;
}

/** The text of the bracketed block that follows `key:` (e.g. `appSettings: [ … ]`), from the original source. */
export function blocksAfter(source: string, masked: string, key: string): string[] {
  const blocks: string[] = [];
  const pattern = new RegExp(`\\b${key}\\s*:\\s*([\\[{])`, 'g');
  for (const match of masked.matchAll(pattern)) {
    const start = match.index! + match[0].length - 1;
    let depth = 0;
    for (let k = start; k < masked.length; k++) {
      const c = masked[k]!;
      if (c === '[' || c === '{' || c === '(') depth++;
      if (c === ']' || c === '}' || c === ')') depth--;
      if (depth === 0) {
        blocks.push(source.slice(start, k + 1));
        break;
      }
    }
  }
  return blocks;
}

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  secure: boolean;
}

/**
 * `param NAME TYPE [= default]` declarations, and whether `@secure()` is among the decorators between the
 * previous param and this one. Pass source with comments masked (strings kept).
 */
export function bicepParams(noComments: string): BicepParam[] {
  const params: BicepParam[] = [];
  let since = 0;
  for (const match of noComments.matchAll(/^[ \t]*param\s+([A-Za-z_]\w*)\s+([A-Za-z_][\w.]*\??)([ \t]*=)?/gm)) {
    const decorators = noComments.slice(since, match.index);
    params.push({ name: match[1]!, type: match[2]!, hasDefault: Boolean(match[3]), secure: /@secure\(\)/.test(decorators) });
    since = match.index! + match[0].length;
  }
  return params;
}

/** Every name declared at the top level: params, vars, resources, modules, outputs. */
export function bicepSymbols(masked: string): Map<string, string> {
  const symbols = new Map<string, string>();
  for (const match of masked.matchAll(/^\s*(param|var|resource|module|output)\s+([A-Za-z_]\w*)/gm)) symbols.set(match[2]!, match[1]!);
  return symbols;
}

/** `output NAME TYPE = expression` declarations. */
export function bicepOutputs(source: string): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const match of source.matchAll(/^\s*output\s+([A-Za-z_]\w*)\s+\w+\s*=\s*(.+)$/gm)) outputs.set(match[1]!, match[2]!.trim());
  return outputs;
}

/** `resource symbol 'Type@version'` declarations. */
export function bicepResources(noComments: string): Map<string, string> {
  const resources = new Map<string, string>();
  for (const match of noComments.matchAll(/^\s*resource\s+([A-Za-z_]\w*)\s+'([^']+)'/gm)) resources.set(match[1]!, match[2]!);
  return resources;
}

/** `{ name: 'X' value: … }` entries of an appSettings array, in order; value is the expression text. */
export function appSettings(block: string): { name: string; value: string }[] {
  const entries: { name: string; value: string }[] = [];
  for (const match of block.matchAll(/\{\s*name:\s*([^\n]+?)\s*\n\s*value:\s*([^\n]+?)\s*\n\s*\}/g)) {
    entries.push({ name: match[1]!, value: match[2]! });
  }
  return entries;
}
