import type { BusinessCalendar } from '../../domain/business-days';
import type { Logger } from '../../log';
import type { AnswerDeps } from '../questions/answer-question';

/**
 * What the tab's use cases need: the store and the settings that decide who may see what (the same as
 * chat's questions), the clock, the business calendar and the log. Built once by the HTTP layer from the running Chaser.
 */
export interface TabDeps extends AnswerDeps {
  log: Logger;
  /** England and Wales business days (the board paper's lists count them). */
  calendar: BusinessCalendar;
}
