import { ChaserError } from '../errors';
import type { ImportProblem } from './draft';

export type ImportErrorCode = 'unsupported-format' | 'unreadable' | 'empty' | 'too-large' | 'no-actions';

/**
 * A document that cannot be imported at all. `code` is stable (for callers and tests);
 * `message` is a sentence for the user that names the file.
 */
export class ImportError extends ChaserError {
  constructor(
    override readonly code: ImportErrorCode,
    readonly fileName: string,
    message: string,
    /** Problems found on the way, when they explain why nothing could be imported. */
    readonly problems: ImportProblem[] = [],
  ) {
    super(code, message);
  }
}

export function emptyDocument(fileName: string): ImportError {
  return new ImportError('empty', fileName, `"${fileName}" is empty: there is nothing to import.`);
}

export function unreadableDocument(fileName: string, kind: string): ImportError {
  return new ImportError(
    'unreadable', fileName,
    `"${fileName}" could not be read as ${kind}; it may be damaged or saved in another format (open it, save it again and retry).`,
  );
}
