import * as fs from 'fs';
import * as path from 'path';
import type { MaskNames } from '../../../src/domain/language/mask';
import type { UnderstandingContext } from '../../../src/domain/language';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'language');

/** What the corpus expects of a message's entities; a key left out is not checked. */
export interface Expected {
  /** Action numbers named, in order ([] = none). */
  n?: number[];
  /** The meeting month of the named actions, or "latest". */
  m?: number | 'latest';
  /** A meeting named without an action (question:meeting). */
  meeting?: number | 'latest';
  ref?: string;
  lead?: string;
  status?: string;
  /** The revised due date. */
  due?: string;
  subject?: string;
}

export interface CorpusRow {
  text: string;
  intent: string;
  expect: Expected;
}

function read(name: string): CorpusRow[] {
  const rows = JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as [string, string, Expected?][];
  return rows.map(([text, intent, expect]) => ({ text, intent, expect: expect ?? {} }));
}

/** The training phrasings: the only ones the shipped model learns from. */
export const trainingCorpus = (): CorpusRow[] => read('training.json');
/** Written separately, in other styles; used only to evaluate. */
export const heldBackCorpus = (): CorpusRow[] => read('held-back.json');

/** The register the corpus is written against (Monday 9 May 2022). */
export function corpusContext(): UnderstandingContext {
  return JSON.parse(fs.readFileSync(path.join(DIR, 'context.json'), 'utf8')) as UnderstandingContext;
}

export function corpusNames(c = corpusContext()): MaskNames {
  return {
    leads: [...c.knownLeads, ...Object.keys(c.leadAliases ?? {})],
    boardCodes: c.knownBoardCodes,
    references: c.references ?? [],
  };
}

export const MODEL_FILE = path.join(__dirname, '..', '..', '..', 'src', 'domain', 'language', 'intent-model.json');
