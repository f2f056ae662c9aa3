import { escapeRegExp } from '../chat/chat-text';
import { keptPattern } from '../kept-patterns';

/** Month names and their short forms, January = 1. "May" is always the month: it rarely means anything else here. */
export const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1..12 for a month word ("Sept" → 9). */
export function monthNumber(word: string): number {
  return MONTH_STARTS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** Straight quotes, no zero-width or non-breaking spaces, single spaces: Teams sends all of these. */
export function tidy(text: string): string {
  return text
    .replace(/[\u2018\u2019\u2032`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A pattern matching any of `phrases` as whole words (not inside a longer word or reference), longest first.
 * Built once per list of phrases and kept (kept-patterns.ts): a new list of leads or references makes a new one.
 */
export function wholeWords(phrases: readonly string[], flags = 'gi'): RegExp | null {
  return keptPattern(`wholeWords ${flags} ${JSON.stringify(phrases)}`, () => {
    const usable = phrases.filter((p) => p.trim() !== '');
    if (!usable.length) return null;
    const sorted = [...usable].sort((a, b) => b.length - a.length);
    const alternatives = sorted.map((p) => escapeRegExp(p.trim()).replace(/ /g, '\\s+')).join('|');
    return new RegExp(`(?<![\\w/.])(?:${alternatives})(?![\\w]|[/.]\\w)`, flags);
  });
}
