import { EXAMPLE_QUESTIONS, Intent, QueryFilters, interpretQuestion } from '../../../src/domain/chat';

/** A Monday; THU is the Thursday of the same week, for week boundaries. */
const MON = '2022-05-09';
const THU = '2022-05-12';
const context = (today: string) => ({ today, knownLeads: ['MPS', 'MOPAC', 'DMPC', 'AC Ephgrave'], knownBoardCodes: ['OB', 'PROB'] });

type Row = [question: string, intent: Intent, filters: QueryFilters, today?: string];

const rows: Row[] = [
  // overdue
  ['what is overdue?', 'overdue', { overdue: true }],
  ['anything late?', 'overdue', { overdue: true }],
  ["what's outstanding and late", 'overdue', { overdue: true }],
  ['overdue for MPS', 'overdue', { overdue: true, lead: 'MPS' }],
  ['which MOPAC actions are overdue', 'overdue', { overdue: true, lead: 'MOPAC' }],
  ['anything late for MPS?', 'overdue', { overdue: true, lead: 'MPS' }],
  ['What’s overdue for the MPS?', 'overdue', { overdue: true, lead: 'MPS' }],
  ['what has missed its deadline', 'overdue', { overdue: true }],
  ['anything past due for mopac', 'overdue', { overdue: true, lead: 'MOPAC' }],
  ['what is overdue for AC Ephgrave', 'overdue', { overdue: true, lead: 'AC Ephgrave' }],
  ["what's overdue for Commander Smith", 'overdue', { overdue: true, lead: 'Commander Smith' }],
  ['my overdue actions', 'overdue', { overdue: true, mine: true }],
  ['anything late for me?', 'overdue', { overdue: true, mine: true }],
  ['overdue red actions', 'overdue', { overdue: true, statuses: ['red'] }],
  ['what is overdue today', 'overdue', { overdue: true }],
  // due: weeks run Monday to Sunday around today
  ["what's due this week", 'due', { dueFrom: '2022-05-09', dueTo: '2022-05-15' }],
  ["what's due this week", 'due', { dueFrom: '2022-05-09', dueTo: '2022-05-15' }, THU],
  ['due next week', 'due', { dueFrom: '2022-05-16', dueTo: '2022-05-22' }],
  ['due next week', 'due', { dueFrom: '2022-05-16', dueTo: '2022-05-22' }, THU],
  ['anything due last week?', 'due', { dueFrom: '2022-05-02', dueTo: '2022-05-08' }, THU],
  ["what's due for the MPS next week", 'due', { lead: 'MPS', dueFrom: '2022-05-16', dueTo: '2022-05-22' }, THU],
  ['due before 30 June', 'due', { dueTo: '2022-06-29' }],
  ['due by 30 June', 'due', { dueTo: '2022-06-30' }],
  ['due by 1 May', 'due', { dueTo: '2023-05-01' }],
  ['due before 30/06/2022', 'due', { dueTo: '2022-06-29' }],
  ['due by the end of June', 'due', { dueTo: '2022-06-30' }],
  ['due after 30 June', 'due', { dueFrom: '2022-07-01' }],
  ['due in the next 10 days', 'due', { dueFrom: '2022-05-09', dueTo: '2022-05-19' }],
  ['due within two weeks', 'due', { dueFrom: '2022-05-09', dueTo: '2022-05-23' }],
  ['what is due tomorrow', 'due', { dueFrom: '2022-05-10', dueTo: '2022-05-10' }],
  ['due today', 'due', { dueFrom: '2022-05-09', dueTo: '2022-05-09' }],
  ["what's due this month", 'due', { dueFrom: '2022-05-01', dueTo: '2022-05-31' }],
  ['due next month', 'due', { dueFrom: '2022-06-01', dueTo: '2022-06-30' }],
  ['what is due in June?', 'due', { dueFrom: '2022-06-01', dueTo: '2022-06-30' }],
  ['due between 1 and 15 June', 'due', { dueFrom: '2022-06-01', dueTo: '2022-06-15' }],
  ['due from 1st to 15th June', 'due', { dueFrom: '2022-06-01', dueTo: '2022-06-15' }],
  ['due between 1 May and 15 May', 'due', { dueFrom: '2022-05-01', dueTo: '2022-05-15' }],
  ['what is due on 13/05/2022', 'due', { dueFrom: '2022-05-13', dueTo: '2022-05-13' }],
  ['MOPAC deadlines by Friday', 'due', { lead: 'MOPAC', dueTo: '2022-05-13' }],
  ['what is coming up?', 'due', { dueFrom: '2022-05-09' }],
  ['red actions due this week', 'due', { statuses: ['red'], dueFrom: '2022-05-09', dueTo: '2022-05-15' }],
  // open, by lead or for the asker
  ['what has MPS got open', 'open', { lead: 'MPS' }],
  ['what has MOPAC got open?', 'open', { lead: 'MOPAC' }],
  ["MOPAC's actions", 'open', { lead: 'MOPAC' }],
  ['open actions for DMPC', 'open', { lead: 'DMPC' }],
  ['DMPC', 'open', { lead: 'DMPC' }],
  ["Ephgrave's actions", 'open', { lead: 'AC Ephgrave' }],
  ['what is the MPS working on', 'open', { lead: 'MPS' }],
  ['open actions for Legal Services', 'open', { lead: 'Legal Services' }],
  ['my actions', 'open', { mine: true }],
  ['what do I owe', 'open', { mine: true }],
  ['what do I have open?', 'open', { mine: true }],
  ['what is still outstanding', 'open', {}],
  ['what is not complete', 'open', {}],
  // status
  ['which actions are red', 'status', { statuses: ['red'] }],
  ['amber actions', 'status', { statuses: ['amber'] }],
  ["what's complete", 'status', { statuses: ['complete'] }],
  ['what is done?', 'status', { statuses: ['complete'] }],
  ['what is on track', 'status', { statuses: ['on_track'] }],
  ['green actions', 'status', { statuses: ['on_track'] }],
  ['anything at risk', 'status', { statuses: ['amber'] }],
  ['anything off track?', 'status', { statuses: ['red'] }],
  ['red or amber actions for MOPAC', 'status', { lead: 'MOPAC', statuses: ['amber', 'red'] }],
  ['which actions have no update', 'status', { statuses: ['awaiting_update'] }],
  ['what is awaiting update', 'status', { statuses: ['awaiting_update'] }],
  // needs a date
  ['what needs a date', 'needs-date', {}],
  ['actions without a date', 'needs-date', {}],
  ['no due date', 'needs-date', {}],
  ['which MPS actions have no deadline?', 'needs-date', { lead: 'MPS' }],
  // one action
  ['show action 5', 'show-action', { action: { number: 5 } }],
  ['action 12 status', 'show-action', { action: { number: 12 } }],
  ['OB 21-Apr-2022 #5', 'show-action', { action: { number: 5, boardCode: 'OB', meetingDate: '2022-04-21' } }],
  ['OB 21/04/2022 5', 'show-action', { action: { number: 5, boardCode: 'OB', meetingDate: '2022-04-21' } }],
  ['prob 3 May 2022 #2', 'show-action', { action: { number: 2, boardCode: 'PROB', meetingDate: '2022-05-03' } }],
  ['OB #4', 'show-action', { action: { number: 4, boardCode: 'OB' } }],
  ["what's the latest on 3", 'show-action', { action: { number: 3 } }],
  ['details of #7', 'show-action', { action: { number: 7 } }],
  ['tell me about action 19', 'show-action', { action: { number: 19 } }],
  ['progress on 12?', 'show-action', { action: { number: 12 } }],
  ['#8', 'show-action', { action: { number: 8 } }],
  // search
  ['anything about strip search?', 'search', { text: 'strip search' }],
  ['handcuffing actions', 'search', { text: 'handcuffing' }],
  ['search taser', 'search', { text: 'taser' }],
  ['find stop and search', 'search', { text: 'stop and search' }],
  ['MPS strip search', 'search', { lead: 'MPS', text: 'strip search' }],
  ['anything about MPS strip search?', 'search', { lead: 'MPS', text: 'strip search' }],
  ['anything on body worn video', 'search', { text: 'body worn video' }],
  ['actions mentioning Child Q', 'search', { text: 'Child Q' }],
  ['overdue actions about taser', 'overdue', { overdue: true, text: 'taser' }],
  ['anything about late payments', 'search', { text: 'late payments' }],
  // help and the digest
  ['help', 'help', {}],
  ['what can you do', 'help', {}],
  ['?', 'help', {}],
  ['Hello', 'help', {}],
  ['digest', 'digest', {}],
  ['weekly summary', 'digest', {}],
  ['send me the digest', 'digest', {}],
  ['RAG summary', 'digest', {}],
  ['summary please', 'digest', {}],
  ["a summary of what's overdue", 'overdue', { overdue: true }],
];

describe('interpretQuestion', () => {
  it.each(rows)('when asked %j, then %s with %j', (question, intent, filters, today = MON) => {
    const answer = interpretQuestion(question, context(today));
    expect(answer.intent).toBe(intent);
    expect(answer.filters).toEqual(filters);
    expect(answer.suggestions).toEqual([]);
  });

  it('when it cannot read a question, then it offers the general starters', () => {
    expect(interpretQuestion('asdkjh qwpoe', context(MON))).toEqual({
      intent: 'unknown', filters: {}, suggestions: ['what is overdue?', "what's due this week?", 'help'],
    });
  });

  it.each([
    ['overdeu stuff', ['what is overdue?']],
    ['wich are redd', ['which actions are red?']],
    ['degist plz', ['send me the digest']],
    ['acton nmber', ['show action 5', 'my actions', 'which actions are red?']],
  ])('when %j is typed, then the nearest examples are %j', (typed, suggestions) => {
    expect(interpretQuestion(typed, context(MON))).toEqual({ intent: 'unknown', filters: {}, suggestions });
  });

  it('when every example question is asked, then none is unknown', () => {
    const unknown = EXAMPLE_QUESTIONS.filter((q) => interpretQuestion(q, context(MON)).intent === 'unknown');
    expect(unknown).toEqual([]);
  });

  it('when the machine is in a far time zone, then dates are still London calendar dates', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(interpretQuestion('due by 30 June', context(MON)).filters).toEqual({ dueTo: '2022-06-30' });
        expect(interpretQuestion('what is due tomorrow', context(MON)).filters).toEqual({ dueFrom: '2022-05-10', dueTo: '2022-05-10' });
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
