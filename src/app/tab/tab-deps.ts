import type { BusinessCalendar } from '../../domain/business-days';
import type { Logger } from '../../log';
import type { AnswerDeps } from '../questions/answer-question';
import type { ChaseSender } from '../reach/chase-now';

/**
 * What the tab's use cases need: the store and the settings that decide who may see what (the same as
 * chat's questions), the clock, the business calendar and the log. Built once by the HTTP layer from the running Chaser.
 */
export interface TabDeps extends AnswerDeps {
  log: Logger;
  /** England and Wales business days (the board paper's lists count them). */
  calendar: BusinessCalendar;
  /** How "Chase now" sends the card (the proactive messenger and this instance's ledger name); absent: the tab cannot chase. */
  chase?: ChaseSender;
}
