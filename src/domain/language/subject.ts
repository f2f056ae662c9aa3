/** Words around a subject that only frame the question or the report ("what's happening with …", "… going?"). */
const EDGE = new Set([
  'a', 'an', 'the', 'any', 'anything', 'something', 'all', 'action', 'actions', 'item', 'items', 'about', 'on', 'of',
  'for', 'to', 'in', 'with', 'that', 'which', 'what', 'whats', 'is', 'are', 'there', 'show', 'me', 'list', 'please',
  'do', 'does', 'did', 'we', 'have', 'has', 'got', 'regarding', 'mention', 'mentions', 'mentioning', 'concerning',
  'relating', 'related', 're', 'tell', 'give', 'get', 'see', 'where', 'how', 'hows', 'my', 'our', 'their', 'latest',
  'happening', 'going', 'doing', 'news', 'update', 'updates', 'progress', 'status', 'state', 'position', 'been',
  'completed', 'complete', 'done', 'finished', 'track', 'it', 'at', 'now', 'today', 'yesterday', 'this', 'morning',
  'up', 'so', 'far', 'getting', 'looking', 'im', 'one', 'ones', 'reopen', 'undo', 'chase', 'mark', 'close', 'working', 'ignore', 'sorry', 'stuck', 'blocked',
  'delayed', 'late', 'overdue', 'red', 'amber', 'green', 'open', 'outstanding', 'when', 'whens', 'due', 'who', 'whos',
  'responsible', 'owns', 'leads', 'leading', 'lead', 'yet', 'still', 'and', 'or', 'i', 'you', 'can', 'could', 'where\'s', 'whats', 'info',
]);
const LEADING_CUE = /^\s*(?:(?:please|can you|could you)\s+)?(?:search(?:\s+for)?|find(?:\s+me)?|look\s+(?:for|up))\s+/i;
/** A verb of reporting: a subject comes before it ("the ethnicity plan went to MOPAC today"). */
const REPORTING = /\b(?:went|gone|sent|was|were|is|are|has\s+been|have\s+been|delivered|submitted|shared|published|been)\b/i;
const CUE = /\b(?:with|about|regarding|concerning|re|on)\s/gi;
const QUESTION_START = /^\s*(?:what|how|where|which|who|when|is|has|have|any|tell|find|search|look|show|progress|status)/i;

function key(word: string): string {
  return word.toLowerCase().replace(/'/g, '');
}

/**
 * What a message is about, as typed: the words left once the framing at both ends, the lead, the
 * actions and the status are taken out ("what's happening with the Child Q response?" → "Child Q
 * response"; "the ethnicity plan went to MOPAC today" → "ethnicity plan"). Words inside the subject
 * stay ("stop and search audit"). `spans` are the parts already read as something else.
 */
export function findSubject(text: string, spans: { index: number; end: number }[]): string | undefined {
  let rest = text;
  for (const s of spans) rest = rest.slice(0, s.index) + ' '.repeat(s.end - s.index) + rest.slice(s.end);
  rest = rest.replace(LEADING_CUE, ' ');
  if (!QUESTION_START.test(text)) {
    const head = rest.split(REPORTING)[0]!;
    rest = edges(lastClause(head)) ? lastClause(head) : head;
  }
  // "How are we getting on with the strip search data?": the subject follows the last cue that leaves one.
  for (const cue of [...rest.matchAll(CUE)].reverse()) {
    const after = edges(rest.slice(cue.index + cue[0].length));
    if (after) return after;
  }
  return edges(rest);
}

/** "Good morning, following up on the reminder: the PIOSS data" → "the PIOSS data". */
function lastClause(text: string): string {
  const parts = text.split(/[:;.!?,]\s|\s[-–—]\s/);
  const last = parts[parts.length - 1]!;
  return last.trim() ? last : text;
}

function edges(rest: string): string | undefined {
  const words = [...rest.matchAll(/[\w][\w'&-]*/g)];
  let first = 0;
  let last = words.length - 1;
  while (first <= last && EDGE.has(key(words[first]![0]))) first++;
  while (last >= first && EDGE.has(key(words[last]![0]))) last--;
  if (first > last) return undefined;
  const topic = rest.slice(words[first]!.index, words[last]!.index + words[last]![0].length).replace(/\s+/g, ' ').trim();
  return /[a-z]{3,}/i.test(topic) ? topic : undefined;
}
