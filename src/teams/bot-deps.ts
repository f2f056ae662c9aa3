import type { ChaseSender } from '../app/reach/chase-now';
import type { BusinessCalendar } from '../domain/business-days';
import type { Actor } from '../domain/actor';
import type { Clock } from '../domain/clock';
import type { QuestionModel } from '../llm/question-model';
import type { Logger } from '../log';
import type { Store } from '../app/ports';
import type { RegisterLinks } from '../cards/register-links';

/** What the Teams routes need; composed in src/chaser.ts and in the tests. */
export interface BotDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  log: Logger;
  /** The board named in the help card. */
  boardName: string;
  /** Who may ask (see domain/visibility.ts). */
  leadsSeeAll: boolean;
  openToTenant: boolean;
  /** True once shutdown has begun: new turns are not taken. */
  stopping?: () => boolean;
  /** Digest recipients see everything when they ask. */
  isRecipient?: (actor: Actor) => Promise<boolean>;
  /** Reads questions the rules do not understand (Azure OpenAI, when configured). */
  questionModel?: QuestionModel;
  /** CHASER_PROTECTIVE_MARKING, printed on the board paper. */
  protectiveMarking?: string;
  /** Local mode: a file is offered as a loopback link (the Playground has no file consent); returns the link. */
  offerDownload?: (name: string, bytes: Buffer) => string;
  /** How far ahead a typed revised due date may be (CHASER_DUE_HORIZON_YEARS). */
  dueHorizonYears?: number;
  /** How "chase MPS on action 19" sends the card now (the proactive messenger and this instance's ledger name). */
  chase?: ChaseSender;
  /** Other names for leads (CHASER_LEAD_ALIASES). */
  leadAliases?: Record<string, string>;
  /** Tenants allowed to talk to Chaser; empty = any. */
  allowedTenants: string[];
  /** CHASER_PAPER_DEADLINE_DAYS: timings tied to a known meeting are due this many days before it. */
  paperDeadlineDays?: number;
  /** CHASER_IMPORT_HOLD_SECONDS, in ms: how long an import is held by the process writing it. */
  importHoldMs?: number;
  /** Someone new can now be reached: the composition root runs a catch-up sweep for pending reminders. */
  onNewConversation?: () => void;
  /** Where the cards' "Open in the register" goes (cards/register-links.ts); absent: the cards carry none. */
  links?: RegisterLinks | null;
}
