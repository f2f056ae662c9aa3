/** The pure timing reader: PRODUCT.md "Reading timings". */
export { explainTiming, readTiming } from './read-timing';
export { findTimingInText } from './find-timing-in-text';
export type { ExplainedTiming } from './combine-mentions';
export { BEFORE_MEETING_DAYS } from './place-in-year';
export { ASAP_BUSINESS_DAYS, IMMEDIATE_BUSINESS_DAYS } from './relative-spans';
