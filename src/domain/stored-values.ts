/**
 * Limits on the values of an action that become storage keys or single properties. Azure Table Storage
 * holds keys of at most 1 KiB (after escaping) and string properties of at most 64 KiB; a value past
 * those fails later, for everyone (the reminder sweep and the digest read every action). So every value
 * is checked where it enters (an import row, a command, a card, a chat message), with a sentence that
 * names the field and the limit. The limits are far above anything a board writes ("MPS", "AC Ephgrave",
 * "By 13 May") and far below what storage allows. The action's text is stored whole in several
 * properties (see the store's long-text), so it is not limited here.
 */

/** Each field an action stores as a key or one property, with its limit in characters. */
export const STORED_VALUE_LIMITS = {
  /** Becomes the Leads table's row key and a part of reminder keys. */
  lead: 200,
  /** The board's name; its code becomes part of every action's key. */
  board: 200,
  /** The board's own reference for the action ("5", "5.1a"). */
  ref: 64,
  /** The timing as written ("By 13 May", "For discussion at the June meeting"). */
  timing: 2000,
  /** The strand or theme the action belongs to. */
  strand: 200,
} as const;

export type StoredField = keyof typeof STORED_VALUE_LIMITS;

const FIELD_WORDS: Record<StoredField, string> = { lead: 'lead', board: 'board name', ref: 'reference', timing: 'timing', strand: 'strand' };

/** True when `s` holds no lone surrogate half (it can be written as UTF-8 and put in a key or URL). */
export function isWellFormedText(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/**
 * What is wrong with one value before it is stored, or null: too long (characters counted as a person
 * would, the limit named), not well-formed text, or control characters in a key.
 */
export function storedValueProblem(field: StoredField, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const limit = STORED_VALUE_LIMITS[field];
  const chars = [...value].length;
  if (chars > limit) return `the ${FIELD_WORDS[field]} is ${chars.toLocaleString('en-GB')} characters long; the limit is ${limit.toLocaleString('en-GB')}`;
  if (!isWellFormedText(value)) return `the ${FIELD_WORDS[field]} holds a broken character (half of a surrogate pair)`;
  if ((field === 'lead' || field === 'board' || field === 'ref') && /[\u0000-\u001f\u007f-\u009f]/.test(value)) return `the ${FIELD_WORDS[field]} holds control characters`;
  return null;
}

/** Every problem of an action's stored values, field by field, in a fixed order. */
export function storedValuesProblems(values: Partial<Record<StoredField, string | null | undefined>>): string[] {
  return (Object.keys(STORED_VALUE_LIMITS) as StoredField[]).map((f) => storedValueProblem(f, values[f])).filter((p): p is string => p !== null);
}
