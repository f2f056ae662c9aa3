/**
 * Understanding chat messages from leads and officers in their own words (issue #16): a trained intent
 * classifier (shipped as intent-model.json, loaded once on first use) plus recognisers for actions,
 * meetings, references, leads, statuses, dates and subjects.
 */
export { understand } from './understand';
export { INTENTS, QUESTION_INTENTS, REPLY_INTENTS, isQuestion, isReply } from './intents';
export type { IntentName } from './intents';
export { MIN_CONFIDENCE } from './decide';
export type { SafetyRule } from './decide';
export type { ActionMention, DueRangeEntity, Entities, MeetingRef, Understanding, UnderstandingContext } from './types';
export { toInterpretation } from './to-interpretation';
