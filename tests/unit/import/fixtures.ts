import { readFileSync } from 'fs';
import { join } from 'path';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { IsoDate } from '../../../src/domain/calendar-date';
import { explainTiming } from '../../../src/domain/timing';
import { ActionDraft, DocumentReading } from '../../../src/import/draft';
import { readDocument } from '../../../src/import/read-document';

/** Documents in the styles real boards use (copies of the team's import cases; names invented). */
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'import');

/** Reads one fixture the way an upload is read. */
export function readFixture(name: string): Promise<DocumentReading> {
  return readDocument(name, readFileSync(join(FIXTURES, name)));
}

const calendar = englandAndWalesCalendar();

/** The due date a draft comes to against meeting R: its due column, else its timing as the timing reader reads it. */
export function dueOf(draft: ActionDraft, meetingDate: IsoDate): IsoDate | null {
  return draft.due ?? explainTiming(draft.timing, meetingDate, calendar).reading.due ?? null;
}
