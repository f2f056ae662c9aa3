import { findDates } from './date-text';

/**
 * Words that open a timing, never a lead: a month or weekday ("June", "31 March" is caught by `findDates`),
 * a quarter, "mid-April", "end of month", "next week", "ASAP", "within 2 weeks", a season.
 */
const TIMING_START = /^(?:by\s+|before\s+|no\s+later\s+than\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+|mid-?\s*|early\s+|late\s+)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b|q[1-4]\b|next\b|asap\b|tbc\b|immediately\b|ongoing\b|within\b|(?:spring|summer|autumn|winter)\b|(?:this|the)\s+(?:week|month|year)\b|month\b|year\b|\d)/i;

/** True when the words say when ("31 March", "July", "by 28th February 2025", "mid-April", "Q1 2025/26"), not who. */
export function isTiming(words: string): boolean {
  const text = words.trim().replace(/\.$/, '');
  if (!text || text.split(/\s+/).length > 8) return false;
  return TIMING_START.test(text) || findDates(text).some((d) => d.index === 0);
}

/** An owner as a label writes it, and the timing written after it ('' when none). */
export interface OwnerTiming {
  owner: string;
  timing: string;
}

/**
 * Splits the timing off an owner in an action label or an Action cell: "Director of Performance – 31 March"
 * (dashes arrive as "-"), "CFO - by 28th February 2025", "Treasurer, mid-April", "Director of Operations (July)",
 * "FTSU Guardian / Head of ER – June". The timing is the action's, so it leaves the lead; "by " is dropped.
 * Owners without a timing come back whole. Source: councils', trusts' and NHS committees' minutes, which
 * write "ACTION: <owner> – <when>" as often as "<owner> to <do> by <when>".
 */
export function ownerAndTiming(text: string): OwnerTiming {
  const whole = text.trim().replace(/[.;]$/, '').trim();
  const bracket = /^(.*\S)\s*[([]([^()[\]]{1,40})[)\]]$/.exec(whole);
  if (bracket && isTiming(bracket[2]!)) return { owner: bracket[1]!.trim(), timing: cleanTiming(bracket[2]!) };
  const m = /^(.*?\S)\s*(?:\s-\s|,\s*|:\s+)(.+)$/.exec(whole);
  if (m && isTiming(m[2]!) && !isTiming(m[1]!)) return { owner: m[1]!.trim(), timing: cleanTiming(m[2]!) };
  return { owner: whole, timing: '' };
}

function cleanTiming(text: string): string {
  return text.trim().replace(/^by\s+/i, '').replace(/\.$/, '').trim();
}

/**
 * The deadline closing a sentence the label names: "… a review of the fleet replacement schedule by the end of
 * Q1 2025/26" → "by the end of Q1 2025/26". Only a "by/before <timing>" clause at the very end, so "approved by
 * the Board" gives nothing. '' when there is none.
 */
export function closingDeadline(sentence: string): string {
  const m = /\b((?:by|before|no\s+later\s+than)\s+(?:the\s+)?\S(?:[^,;]{0,40}?))[.!]?$/i.exec(sentence.trim());
  return m && isTiming(m[1]!) ? m[1]!.trim() : '';
}

/**
 * The timing in brackets closing an action line: "Company Secretary to update the terms of reference (next
 * board)", "… policy (1st week of November).", "… (July)" → "next board", "1st week of November", "July".
 * Only words that say when (`isTiming`), so "(complete)" or "(Action: DSL)" give ''.
 */
export function closingBracketTiming(text: string): string {
  const m = /[([]([^()[\]]{1,40})[)\]]\.?$/.exec(text.trim());
  return m && isTiming(m[1]!) ? cleanTiming(m[1]!) : '';
}
