import type { Field } from './header-field';
import { CLOSURE_PROPOSALS } from './status-columns';

/** Headings of an audit log's finding column, the action when no Action/Recommendation column is beside it. */
export const FINDINGS = ['finding', 'findings', 'finding/recommendation', 'findings/recommendations', 'issue/recommendation', 'weakness',
  'weaknesses', 'observation', 'observations', 'observation/recommendation', 'weakness/recommendation', 'issue/action'];

/**
 * Headings of the action management agreed in answer to an audit finding or recommendation: beside a
 * Finding or Recommendation column, this is the action chased, and the finding is kept as the topic.
 */
export const MANAGEMENT_ACTIONS = ['agreed management action', 'agreed management actions', 'management action', 'management actions',
  'management action agreed', 'agreed action', 'agreed actions', 'action agreed', 'actions agreed', 'agreed management action/response'];

/** Header names as trackers write them (compared by `headerKey`). */
export const NAMES: Record<Field, string[]> = {
  number: ['no', 'no.', 'nos', 'number', 'num', 'ref', 'ref.', 'ref no', 'reference', 'ref number', '#', 'action no', 'action no.',
    'action number', 'action ref', 'action #', 'item', 'item no', 'item #', 'item number', 'ref #', 'reference #', 'reference no',
    'action item #', 'action item no', 'action item number', 'task #', 'task no', 'minute', 'minute no', 'minute ref', 'minute number', 'min ref', 'min no', 'action id', 'id', 'rec'],
  action: ['action', 'actions', 'action agreed', 'actions agreed', 'agreed action', 'description', 'action description', 'action text',
    'actions arising', 'action required', 'actions required', 'required action', 'recommendation', 'recommendations', 'action/recommendation', 'decision/action',
    'action point', 'action points', 'agreed action point', 'agreed action points', ...MANAGEMENT_ACTIONS,
    // US and Australian trackers, and club committees: "Action Item", "Task", "What" (beside "By whom" / "By when").
    'action item', 'action items', 'action item description', 'task', 'tasks', 'task description', 'action/task', 'what',
    // An audit follow-up log's finding stands for the action; a Recommendation column beside it wins (`recogniseHeader`).
    ...FINDINGS],
  timing: ['timing', 'timings', 'timescale', 'timescales', 'deadline', 'when', 'by when', 'timeframe', 'time frame', 'completion date', 'target',
    'target completion', 'completion', 'completion by', 'complete by', 'to be completed by', 'target for completion', 'target end date',
    'expected completion', 'expected completion date', 'estimated completion', 'estimated completion date', 'target timescale', 'target timing', 'target deadline'],
  lead: ['lead', 'leads', 'owner', 'owners', 'action owner', 'responsible', 'responsibility', 'lead officer', 'responsible officer',
    'responsible officers', 'who', 'by whom', 'action officer', 'action officers', 'lead director', 'lead member', 'action by', 'lead/owner', 'responsible person',
    'officer', 'officers', 'responsible manager', 'manager', 'lead manager', 'exec lead', 'executive lead', 'lead executive', 'lead exec', 'director',
    'responsible director', 'executive director', 'lead/exec lead', 'accountable', 'accountable officer', 'accountable person', 'accountable lead',
    'accountable director', 'accountable executive', 'responsible lead', 'action lead', 'assigned to', 'responsible/accountable', 'owner/lead'],
  due: ['due', 'due date', 'date due', 'due by', 'target date', 'original due date', 'original date', 'original target date', 'original deadline', 'date for completion',
    'agreed date', 'agreed implementation date', 'implementation date', 'target completion date', 'agreed deadline', 'agreed completion date',
    'target implementation date', 'original implementation date', 'agreed target date', 'agreed due date'],
  revisedDue: ['new date', 'revised due date', 'revised date', 'revised target date', 'revised deadline', 'revised timescale',
    'revised timing', 'new due date', 'new target date', 'new deadline', 'extended to', 'extended date',
    'revised implementation date', 'revised agreed date', 'revised completion date'],
  status: ['status', 'rag', 'rag status', 'rag rating', 'rating', 'current status', 'status/comment', 'status/comments', 'status/update', 'status / comment', 'open/closed',
    'brag', 'brag rating', 'brag status', 'b/r/a/g', 'r/a/g', 'rag/brag', 'o/c', 'open/close', 'open or closed', 'proposed to open/close',
    'proposed open/close', 'proposed status', 'open or close', 'recommended status', 'rag/progress', 'progress/rag', ...CLOSURE_PROPOSALS],
  percent: ['% complete', '%complete', 'percent complete', '% completed'],
  update: ['update', 'updates', 'progress', 'latest update', 'progress update', 'comments', 'comment', 'commentary', 'notes', 'action taken',
    'actions taken', 'update/comments', 'latest position', 'current position', 'progress/update', 'position', 'outcome', 'auditor comment',
    'auditor comments', 'audit comment', 'audit comments', 'internal audit comment', 'internal audit comments'],
  response: ['response', 'cabinet response', 'management response', 'executive response', 'council response', 'officer response',
    'accepted', 'accepted/rejected', 'accepted or rejected', 'agreed/not agreed', 'response to recommendation'],
  strand: ['strand', 'theme', 'workstream', 'work stream'],
  // An audit follow-up log's audit (report) title: its recommendations are numbered R1, R2 within it.
  item: ['paper', 'agenda item', 'relevant item', 'item title', 'subject', 'topic', 'minute title', 'audit', 'audit title', 'audit name',
    'audit report', 'report', 'report title', 'audit area', 'review', 'audit/review', 'internal audit report', 'audit assignment'],
  meeting: ['meeting'],
  // When the action was agreed or entered in the log: the row's meeting, never its due date (import README "Headings").
  meetingDate: ['meeting date', 'date of meeting', 'date raised', 'date agreed', 'date of board', 'date of committee', 'date added',
    'date opened', 'date logged', 'date first raised', 'date identified', 'date requested', 'date entered', 'date of entry',
    'raised', 'date raised/agreed', 'agreed', 'agreed on', 'date action agreed', 'date action raised'],
  source: ['source', 'source meeting', 'raised at', 'origin', 'meeting/source'],
  board: ['board', 'forum', 'committee', 'meeting name'],
  secondStatus: [],
  proposal: [],
  closed: ['date closed', 'closed date', 'date completed', 'completed date', 'closed', 'date closed/completed', 'closure date', 'date of closure',
    'completed on', 'closed on', 'date actioned', 'actual completion date', 'actual completion', 'date implemented', 'implemented date'],
  finding: [],
  ignored: ['priority', 'evidence', 'assurance'],
};
