import { findSelector } from './action-selector';
import {
  MAX_UPDATE_LENGTH, badMeetingDate, badRevisedDate, describeAction, missingStatus, tooLong, unknownStatus,
} from './reply-messages';
import { readRevisedDue } from './revised-due';
import { looksLikeRag, ragAtStart } from './status-words';
import { ActionSelector, StatusReplyContext, StatusReplyParse } from './types';

const NOT_A_REPLY: StatusReplyParse = { kind: 'not-a-reply' };
/** "update 5 amber", "mark 5 as complete": the verb makes it plainly meant as an update. */
const VERB = /^(?:please\s+)?(?:update|mark|set)\s+/i;
/** Between the action and its status: "5: complete", "5 is complete", "mark 5 as done", "5 status: amber". */
const BEFORE_STATUS = /^\s*[:\-–—,.=]*\s*(?:(?:status|rag)\s*(?:\bis\b|[:=\-–])\s*)?(?:(?:is|as|now|to)\s+)*/i;
/** Words that name the update itself, not a status: "5 update: data shared" lacks a status. */
const NOT_STATUS_WORDS = new Set(['update', 'status', 'progress', 'note', 'notes', 'comment', 'rag']);
const invalid = (message: string): StatusReplyParse => ({ kind: 'invalid', message });

interface Context {
  message: string;
  selector: ActionSelector;
  /** The action as the user typed it ("action 3", "OB 21-Apr-2022 #5"), reused in examples. */
  ref: string;
  /** Where the text after the action starts in `message`. */
  offset: number;
  verb: boolean;
}

/** No RAG word where one belongs: a question, a mistyped status, or a status left out. */
function withoutStatus(c: Context, lead: string, after: string): StatusReplyParse {
  const label = describeAction(c.selector);
  if (c.message.endsWith('?') || (!after.trim() && !c.verb)) return NOT_A_REPLY;
  const word = /^([a-z][\w'-]*)\s*([:\-–—])?/i.exec(after);
  const separatedFirst = /[:\-–—]/.test(lead);
  const update = after.replace(/^[\s:;,.\-–—]+/, '').trim();
  if (word && !separatedFirst && !NOT_STATUS_WORDS.has(word[1]!.toLowerCase())) {
    const alone = after.trim() === word[1];
    if (word[2] || looksLikeRag(word[1]!) || (c.verb && alone)) {
      return invalid(unknownStatus(c.message, c.offset + lead.length + word[0].length, label, word[1]!, c.ref));
    }
  }
  if (c.verb || separatedFirst || word?.[2]) {
    const rest = word && NOT_STATUS_WORDS.has(word[1]!.toLowerCase()) ? after.slice(word[0].length).trim() : update;
    return invalid(missingStatus(c.message, label, c.ref, rest));
  }
  return NOT_A_REPLY;
}

/**
 * A status update typed in chat: "5 complete: data shared on 10 May", "action 3 amber - waiting on
 * the linking work", "OB 21-Apr-2022 #5 on track, revised date 30 June". It must start with the
 * action; anything else, and questions about an action ("action 12 status"), are not replies.
 */
export function parseStatusReply(text: string, context: StatusReplyContext): StatusReplyParse {
  const message = text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').trim();
  const verb = VERB.exec(message);
  const bodyStart = verb ? verb[0].length : 0;
  const found = findSelector(message.slice(bodyStart), context.knownBoardCodes, true);
  if (!found) return NOT_A_REPLY;
  if ('badDate' in found) return invalid(badMeetingDate(found.badDate, found.number));
  const c: Context = {
    message, selector: found.selector, verb: verb !== null,
    ref: message.slice(bodyStart, bodyStart + found.end).trim(), offset: bodyStart + found.end,
  };
  const afterAction = message.slice(c.offset);
  const lead = BEFORE_STATUS.exec(afterAction)![0];
  const after = afterAction.slice(lead.length);
  const rag = ragAtStart(after);
  if (!rag) return withoutStatus(c, lead, after);
  const tail = after.slice(rag.length);
  // "5 done?" asks; "5 amber: can IT help?" is an update that happens to end in a question.
  if (message.endsWith('?') && !/^\s*[:\-–—,;.]/.test(tail)) return NOT_A_REPLY;
  const label = describeAction(c.selector);
  const reading = readRevisedDue(tail, context.today);
  if ('notADate' in reading) return invalid(badRevisedDate(label, reading.notADate));
  if (reading.text.length > MAX_UPDATE_LENGTH) return invalid(tooLong(label, reading.text.length));
  return { kind: 'reply', reply: { action: c.selector, status: rag.status, text: reading.text, revisedDue: reading.revisedDue } };
}
