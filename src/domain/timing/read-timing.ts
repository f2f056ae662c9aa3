import { TimingReading } from '../action';
import { BusinessCalendar } from '../business-days';
import { IsoDate } from '../calendar-date';
import { ExplainedTiming, combineMentions } from './combine-mentions';
import { normaliseText } from './normalise-text';
import { scanMentions } from './scan-mentions';

/**
 * Reads a timing as the board wrote it ("By 13 May", "End April", "Immediately") against the meeting
 * date, following docs/product-rules.md "Reading timings". `problem` says why there is no due date
 * (`"31 June" is not a date (June has 30 days)`, `no date or period in "Ongoing"`); null when there is one.
 */
export function explainTiming(timing: string, meetingDate: IsoDate, calendar: BusinessCalendar): ExplainedTiming {
  const text = normaliseText(timing);
  const shown = text.trim();
  const nothingFound = shown === '' ? 'the timing is empty' : `no date or period in "${shown}"`;
  return combineMentions(scanMentions({ text, meetingDate, calendar }), nothingFound, text, meetingDate);
}

export function readTiming(timing: string, meetingDate: IsoDate, calendar: BusinessCalendar): TimingReading {
  return explainTiming(timing, meetingDate, calendar).reading;
}
