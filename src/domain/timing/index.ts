/**
 * The pure timing reader: docs/product-rules.md "Reading timings", and the kinds real trackers write:
 * - dates: "30/06/2022", "13 May", "13-Nov-23", "09-JAN-2024", "13 Nov '23" (a two-digit year that puts the
 *   date before the meeting is flagged `before-meeting`);
 * - months: "End April", "mid-May", "end Jun 25", "June", "March '25", "Jan-2024", "11/2023", "this month",
 *   "next month"; tied to a meeting ("the June board",
 *   "Jan Board", "Dec-23 Board", "Feb 25 Board", "April 2025 ARC": a committee's initials) the 1st; "before April" / "prior to April" the last day of March;
 *   a month then a two-digit number ("Jun 25", "Dec 22", "Jan-24") read as day or year, flagged `ambiguous`
 *   when the other reading falls earlier (month-and-number.ts);
 * - periods: seasons ("Summer '24"), "H1 2024", "H2 23/24", "Q3 2022", "Q3 2022-23", "Q3 23/24", "Q4 FY 2023/24", "FY 2023/24 Q4", "FY23/24",
 *   "early/mid/late 2024" (31 March / 30 June / 31 December), year and financial-year ends; a period or
 *   month already over at the meeting ("Mid 2025" in July 2025) is flagged `before-meeting`;
 * - English school terms (school-terms.ts, school-term-ends.ts), inferred, a Friday: "Autumn term" the last
 *   Friday on or before 22 December, "Spring term 2025" the Friday before Good Friday, "Summer term" the last
 *   Friday before 24 July; halves ("Autumn 1", "Summer Term 2", "spring half term") the Friday before that
 *   half term's week (last Monday of October, third Monday of February, last Monday of May) or the term's end;
 *   "autumn term 2025/26" is in 2025, "spring term 2025/26" in 2026; "half term", "by October half term" the
 *   next such Friday after the meeting;
 * - relative to the meeting: "Immediately", "ASAP", "within two weeks", "within the next fortnight", a bare
 *   "3 months", "end of the month", "by the end of next month", "next week" (its Friday), "by Friday"
 *   (the first after the meeting), "this week", "1st week of November" (the Friday of the week holding the 1st),
 *   "w/c 13 November" (that week's Friday);
 * - several dates: milestones (the earliest is due); revisions ("revised from", "Original: … Revised: …",
 *   "extended to", "deferred to", "new date") and dates appended with no words between them set the
 *   replaced dates aside as `superseded` (revisions.ts).
 */
export { explainTiming, readTiming } from './read-timing';
export { findTimingInText } from './find-timing-in-text';
export { explainRevisedTiming } from './revised-timing';
export { explainTimingWithMeetings, findMeetingReference, describeReference } from './meeting-timing';
export type { MeetingReference } from './meeting-timing';
