/** One bot turn over HTTP with deliveryMode expectReplies: the replies come back in the response body. */
export interface Reply {
  type?: string;
  text?: string;
  attachments?: Array<{ contentType?: string; content?: unknown }>;
}

export interface TurnResult {
  status: number;
  ms: number;
  replies: Reply[];
}

export async function turn(baseUrl: string, activity: Record<string, unknown>, timeoutMs = 15_000): Promise<TurnResult> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deliveryMode: 'expectReplies', ...activity }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  const body = text ? (JSON.parse(text) as { activities?: Reply[] }) : {};
  return { status: res.status, ms, replies: body.activities ?? [] };
}

/** "card: 88 overdue actions" or "text: I did not understand …": what the bot answered, in a line. */
export function describeAnswer(replies: readonly Reply[]): string {
  const first = replies.find((r) => r.type === 'message' || r.type === undefined);
  if (!first) return '(no reply)';
  const card = first.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  if (card) return `card: ${firstText(card) ?? '(no text)'}`.slice(0, 120);
  return `text: ${first.text ?? ''}`.replace(/\s+/g, ' ').slice(0, 120);
}

function firstText(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const t = firstText(n);
      if (t) return t;
    }
    return null;
  }
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string' && o.text.trim()) return o.text;
    if (o.type === 'RichTextBlock' && Array.isArray(o.inlines)) {
      const text = (o.inlines as Array<{ text?: unknown }>).map((i) => (typeof i.text === 'string' ? i.text : '')).join('');
      if (text.trim()) return text;
    }
    for (const key of ['body', 'items', 'columns']) {
      const t = firstText(o[key]);
      if (t) return t;
    }
  }
  return null;
}
