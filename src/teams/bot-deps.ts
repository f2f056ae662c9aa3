import type { Clock } from '../domain/clock';
import type { Logger } from '../log';
import type { Store } from '../store/store';

/** What the Teams routes need; composed in src/index.ts and in the tests. */
export interface BotDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** The board named in the help card. */
  boardName: string;
}
