import type { ConsoleMessage, Page } from 'playwright-core';

/** What the browser said while the suite ran: console errors, page errors, failed requests. */
export interface BrowserEvent {
  at: string;
  kind: 'console' | 'pageerror' | 'requestfailed' | 'http';
  level: string;
  text: string;
  url: string;
  /** True for noise that is not about the bot conversation (e.g. the CDN requests the suite blocks). */
  ignored: boolean;
}

const MAX_EVENTS = 500;

export function isLocalUrl(url: string): boolean {
  if (!/^(https?|wss?):/i.test(url)) return true; // data:, blob:, about:
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  } catch {
    return false;
  }
}

/**
 * Noise the Playground makes on every load, whatever the bot does: its CDN assets (fonts, the
 * "flair" animation worklet) which the suite blocks so that nothing leaves localhost.
 */
function isNoise(text: string, url: string): boolean {
  if (url && !isLocalUrl(url)) return true;
  const external = /https?:\/\/[^\s/'"]+/.exec(text);
  if (external && !isLocalUrl(external[0]) && /fail|error|blocked/i.test(text)) return true;
  return false;
}

/** Records the page's console errors and warnings, page errors and failed requests. */
export class BrowserLog {
  readonly events: BrowserEvent[] = [];

  attach(page: Page): void {
    page.on('console', (m: ConsoleMessage) => {
      const level = m.type();
      if (level !== 'error' && level !== 'warning') return;
      const url = m.location()?.url ?? '';
      this.push({ kind: 'console', level: level === 'warning' ? 'warn' : 'error', text: m.text(), url });
    });
    page.on('pageerror', (err) => this.push({ kind: 'pageerror', level: 'error', text: `${err.name}: ${err.message}`, url: '' }));
    page.on('requestfailed', (req) => {
      const url = req.url();
      this.push({ kind: 'requestfailed', level: 'error', text: `${req.method()} ${url}: ${req.failure()?.errorText ?? 'failed'}`, url });
    });
    page.on('response', (res) => {
      if (res.status() < 400) return;
      const url = res.url();
      // The Playground asks for a few optional files it does not ship (404): kept for the record only.
      const optional = res.status() === 404 && res.request().method() === 'GET';
      this.push({ kind: 'http', level: optional ? 'warn' : 'error', text: `${res.request().method()} ${url} → ${res.status()}`, url });
    });
  }

  private push(e: Omit<BrowserEvent, 'at' | 'ignored'>): void {
    const ignored = isNoise(e.text, e.url) || (e.kind === 'console' && /Failed to load resource: the server responded with a status of 404/.test(e.text));
    this.events.push({ ...e, at: new Date().toISOString(), ignored });
    if (this.events.length > MAX_EVENTS) this.events.shift();
  }

  /** Error-level events that may concern the bot conversation. */
  errors(): BrowserEvent[] {
    return this.events.filter((e) => e.level === 'error' && !e.ignored);
  }

  format(events: BrowserEvent[] = this.events): string {
    if (!events.length) return '(none)';
    return events.map((e) => `${e.at} ${e.kind} ${e.level}${e.ignored ? ' (ignored: not the bot conversation)' : ''}: ${e.text}`).join('\n');
  }
}

/** A bounded in-memory sink for Chaser's pino logs (JSON lines). */
export class MemoryLogStream {
  readonly lines: string[] = [];

  write(chunk: string): void {
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue;
      this.lines.push(line);
      if (this.lines.length > 2000) this.lines.shift();
    }
  }

  /** Entries at pino level 50 (error) and above. */
  errors(): string[] {
    return this.lines.filter((line) => {
      try {
        return (JSON.parse(line) as { level?: number }).level! >= 50;
      } catch {
        return false;
      }
    });
  }

  tail(n: number): string {
    return this.lines.length ? this.lines.slice(-n).join('\n') : '(nothing logged)';
  }
}

/** Text trimmed to its last `max` characters, saying so. */
export function lastChars(text: string, max: number): string {
  return text.length <= max ? text : `…(${text.length - max} characters cut)…\n${text.slice(-max)}`;
}
