import { ChaserError } from '../errors';
/**
 * A compiled form of our Adaptive Card templates: the template is read once, then each card is built by
 * walking the compiled tree (no expression parsing per card). It implements the subset of the Adaptive
 * Cards templating language our templates use, with the engine's rules (adaptivecards-templating 2.3):
 * - a string that is one `${expr}` takes the expression's value (any type); text around expressions
 *   makes a string;
 * - `$data` repeats an object for each item of an array (an object alone: it becomes the scope); bare
 *   names read the current `$data`, `$root.x` the view model;
 * - `$when` keeps an object only when it is `true` (a boolean);
 * - an object that yields nothing is `null` (dropped from arrays); two or more are spliced into the array.
 * Expressions: names and dotted paths, `$root`, `$data`, '…' strings, numbers, true/false, `count(x)`,
 * `==` `!=` `<` `<=` `>` `>=`, `&&` `||` `!`, parentheses. A template using anything else is not compiled
 * (`compileTemplate` returns null); a value the subset cannot decide exactly as the engine would (a
 * missing or null field, a non-boolean in a logic operator) raises {@link NotExact} so the caller can use
 * the engine for that card.
 */

/** Raised while building a card when only the engine can say what it would produce. */
export class NotExact extends ChaserError {
  constructor(message: string) {
    super('template-fallback', message);
  }
}

interface Scope {
  root: unknown;
  data: unknown;
}

type Expr = (scope: Scope) => unknown;
type Build = (scope: Scope) => unknown;

/** A compiled template: builds the card for a view model. Throws {@link NotExact} (use the engine then). */
export type CompiledTemplate = (root: object) => unknown;

class Unsupported extends ChaserError {
  constructor(message: string) {
    super('template-fallback', message);
  }
}

/** The template compiled, or null when it uses something outside the supported subset. */
export function compileTemplate(template: object): CompiledTemplate | null {
  try {
    const build = compileNode(template);
    return (root) => {
      const result = build({ root, data: root });
      return result === NOTHING ? null : result;
    };
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** Marks "this object yields nothing" (the engine's null) apart from a null value. */
const NOTHING = Symbol('nothing');

function compileNode(node: unknown): Build {
  if (Array.isArray(node)) return compileArray(node);
  if (typeof node === 'string') return compileString(node);
  if (node && typeof node === 'object') return compileObject(node as Record<string, unknown>);
  return () => node;
}

function compileArray(items: unknown[]): Build {
  const builds = items.map(compileNode);
  return (scope) => {
    const out: unknown[] = [];
    for (const build of builds) {
      const value = build(scope);
      if (value === NOTHING || value === null) continue;
      if (Array.isArray(value) && (value as { spliced?: boolean }).spliced) out.push(...(value as unknown[]));
      else out.push(value);
    }
    return out;
  };
}

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

function compileObject(node: Record<string, unknown>): Build {
  const fields = Object.keys(node).filter((k) => !RESERVED.has(k)).map((k) => [k, compileNode(node[k])] as const);
  const whenSource = node.$when;
  let when: Expr | 'drop' | null = null;
  if (whenSource !== undefined) {
    const single = typeof whenSource === 'string' ? singleExpression(whenSource) : null;
    when = single ? parseExpression(single) : typeof whenSource === 'string' && whenSource.includes('${') ? unsupported() : 'drop';
  }
  const dataSource = node.$data;
  let data: Build | null = null;
  if (dataSource !== undefined) data = compileNode(dataSource);
  const one = (scope: Scope): unknown => {
    if (when === 'drop') return NOTHING;
    if (when) {
      const keep = when(scope);
      if (keep !== true) {
        if (keep === undefined || keep === null) throw new NotExact('$when on a missing value');
        return NOTHING;
      }
    }
    const out: Record<string, unknown> = {};
    for (const [key, build] of fields) {
      const value = build(scope);
      if (value === undefined) continue;
      out[key] = value === NOTHING ? null : value;
    }
    return out;
  };
  return (scope) => {
    if (!data) return one(scope);
    const context = data(scope);
    if (context === undefined || context === null || context === NOTHING) throw new NotExact('$data on a missing value');
    if (!Array.isArray(context)) return one({ root: scope.root, data: context });
    const results: unknown[] = [];
    for (const item of context) {
      if (item === undefined) throw new NotExact('$data item undefined');
      const value = one({ root: scope.root, data: item });
      if (value !== NOTHING) results.push(value);
    }
    if (results.length === 0) return NOTHING;
    if (results.length === 1) return results[0];
    return Object.assign(results, { spliced: true });
  };
}

/** The expression when the whole string is one `${…}` (the engine then keeps the value's type). */
function singleExpression(text: string): string | null {
  const m = /^\$\{([^}]*)\}$/.exec(text);
  return m ? m[1]! : null;
}

function compileString(text: string): Build {
  if (!text.includes('${')) return () => text;
  if (/[`\\]/.test(text)) unsupported();
  const single = singleExpression(text);
  if (single !== null) {
    const expr = parseExpression(single);
    return (scope) => present(expr(scope));
  }
  const parts: Array<string | Expr> = [];
  const re = /\$\{([^}]*)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(parseExpression(m[1]!));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  if (parts.some((p) => typeof p === 'string' && p.includes('${'))) unsupported();
  return (scope) => {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') out += p;
      else {
        const v = present(p(scope));
        if (typeof v === 'string') out += v;
        else if (typeof v === 'number' || typeof v === 'boolean') out += String(v);
        else throw new NotExact('an object inside text');
      }
    }
    return out;
  };
}

function present(value: unknown): unknown {
  if (value === undefined || value === null) throw new NotExact('a missing field');
  return value;
}

function unsupported(): never {
  throw new Unsupported('outside the compiled subset');
}

// --- expressions -----------------------------------------------------------------------------------

type Token = { kind: 'name' | 'string' | 'number' | 'op' | 'paren' | 'comma'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\$?[A-Za-z_][\w]*(?:\.\$?[A-Za-z_][\w]*)*)|'((?:[^'\\])*)'|(\d+(?:\.\d+)?)|(==|!=|<=|>=|&&|\|\||[<>!])|([()])|(,))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) unsupported();
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'name', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'string', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'number', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'op', text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: 'paren', text: m[5] });
    else tokens.push({ kind: 'comma', text: ',' });
  }
  return tokens;
}

function parseExpression(source: string): Expr {
  const tokens = tokenize(source);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const take = (): Token => tokens[i++] ?? unsupported();

  const primary = (): Expr => {
    const t = take();
    if (t.kind === 'string') return () => t.text;
    if (t.kind === 'number') {
      const n = Number(t.text);
      return () => n;
    }
    if (t.kind === 'paren' && t.text === '(') {
      const inner = or();
      if (take().text !== ')') unsupported();
      return inner;
    }
    if (t.kind === 'op' && t.text === '!') {
      const operand = primary();
      return (s) => !bool(operand(s));
    }
    if (t.kind !== 'name') return unsupported();
    if (t.text === 'true' || t.text === 'false') {
      const b = t.text === 'true';
      return () => b;
    }
    if (peek()?.text === '(') {
      if (t.text !== 'count') unsupported();
      take();
      const arg = or();
      if (take().text !== ')') unsupported();
      return (s) => {
        const v = arg(s);
        if (Array.isArray(v) || typeof v === 'string') return v.length;
        throw new NotExact('count of something that is not a list');
      };
    }
    return path(t.text);
  };
  const compare = (): Expr => {
    const left = primary();
    const op = peek();
    if (op?.kind !== 'op' || !['==', '!=', '<', '<=', '>', '>='].includes(op.text)) return left;
    take();
    const right = primary();
    return (s) => comparison(op.text, left(s), right(s));
  };
  const and = (): Expr => {
    let left = compare();
    while (peek()?.text === '&&') {
      take();
      const l = left;
      const r = compare();
      left = (s) => bool(l(s)) && bool(r(s));
    }
    return left;
  };
  const or = (): Expr => {
    let left = and();
    while (peek()?.text === '||') {
      take();
      const l = left;
      const r = and();
      left = (s) => bool(l(s)) || bool(r(s));
    }
    return left;
  };
  const expr = or();
  if (i !== tokens.length) unsupported();
  return expr;
}

function path(text: string): Expr {
  const parts = text.split('.');
  const head = parts[0]!;
  const rest = parts.slice(1);
  if (head.startsWith('$') && head !== '$root' && head !== '$data') unsupported();
  const start: (s: Scope) => unknown = head === '$root' ? (s) => s.root : head === '$data' ? (s) => s.data : (s) => field(s.data, head);
  return (s) => {
    let v = start(s);
    for (const p of rest) v = field(v, p);
    return v;
  };
}

function field(of: unknown, name: string): unknown {
  if (of === null || typeof of !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(of, name) ? (of as Record<string, unknown>)[name] : undefined;
}

function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw new NotExact('a logic operator on a value that is not true or false');
  return v;
}

function comparison(op: string, a: unknown, b: unknown): boolean {
  const ok = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  if (!ok(a) || !ok(b)) throw new NotExact('comparing something that is not text, a number or true/false');
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  if (typeof a !== 'number' || typeof b !== 'number') throw new NotExact('ordering something that is not a number');
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}
