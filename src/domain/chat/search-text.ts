/** Words that frame a search rather than say what it is about (not "search": "stop and search" is a topic). */
const FRAMING = new Set([
  'a', 'an', 'the', 'any', 'anything', 'something', 'all', 'action', 'actions', 'item', 'items', 'about', 'on', 'of',
  'for', 'to', 'in', 'with', 'that', 'which', 'what', 'whats', 'is', 'are', 'there', 'show', 'me', 'list', 'please',
  'do', 'does', 'did', 'we', 'have', 'has', 'got', 'regarding', 'mention', 'mentions', 'mentioning', 'containing',
  'and', 'or', 'i', 'you', 'can', 'could', 'would', 'into', 'concerning', 'relating',
  'related', 're', 'info', 'information', 'stuff', 'things', 'tell', 'give', 'get', 'see', 'where', 'how',
  'my', 'mine', 'our', 'their', 'his', 'her', 'new', 'current', 'latest',
]);

const TOKEN = /[\w][\w'&-]*/g;

function isFraming(token: string): boolean {
  return FRAMING.has(token.toLowerCase().replace(/'s$/, '').replace(/'/g, ''));
}

/**
 * The topic inside `text`: from its first to its last word that is not framing, as typed, so
 * "stop and search actions" keeps its "and" and "anything about strip search?" gives "strip search".
 */
export function topicOf(text: string): string {
  const words = [...text.matchAll(TOKEN)].filter((m) => !isFraming(m[0]));
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? text.slice(first.index, last.index + last[0].length) : '';
}

const LEADING_CUE = /^(?:(?:please|can you|could you)\s+)?(?:search(?:\s+for)?|find(?:\s+me)?|look\s+(?:for|up)|lookup)\s+/i;
const INLINE_CUE = /\b(?:about|regarding|concerning|re:|relating to|related to|to do with|mentioning|mentions?|containing|on the (?:subject|topic) of)\s+/i;
const ON_CUE = /^(?:is there\s+)?(?:anything|any actions?|actions?|something)\s+on\s+/i;

/**
 * A search the question asks for in so many words ("search taser", "anything about strip search",
 * "anything on stop and search"): the topic, and where the cue starts so the words before it can
 * still be read as the rest of the question.
 */
export function searchCue(text: string): { topic: string; index: number } | null {
  for (const cue of [LEADING_CUE, ON_CUE, INLINE_CUE]) {
    const m = cue.exec(text);
    if (!m) continue;
    const topic = topicOf(text.slice(m.index + m[0].length));
    if (topic) return { topic, index: cue === INLINE_CUE ? m.index : 0 };
  }
  return null;
}
