/**
 * The columns a table or register may have. `meeting` may hold a board name or a date; `source` holds
 * the meeting an action came from ("Board 28/02/2018"); `revisedDue` is a Revised/New date column, which
 * wins over the due date or timing; `percent` is "% complete"; `ignored` columns are known but not read;
 * `secondStatus` is a second status column ("Status" and "RAG" side by side), never named by itself;
 * `proposal` is a "Proposed to open/close" column beside a status column (`status-columns.ts`); `response` is a
 * "Cabinet response" / "Accepted?" column (a rejected recommendation is not chased: `read-response.ts`);
 * `finding` is a Finding/Recommendation column beside the agreed action (kept as the topic), never named by
 * itself; `closed` is a "Date closed" / "Date completed" column (filled: the action is complete, the date its update).
 */
export type Field =
  | 'number' | 'action' | 'timing' | 'lead' | 'due' | 'revisedDue' | 'status' | 'percent' | 'update' | 'strand'
  | 'response' | 'item' | 'meeting' | 'meetingDate' | 'source' | 'board' | 'ignored' | 'secondStatus' | 'proposal' | 'finding' | 'closed';
