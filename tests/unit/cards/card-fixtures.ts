import { actionDetailCard, answerListCard } from '../../../src/cards/answer-cards';
import { digestCard } from '../../../src/cards/digest-card';
import { fullTextCard, fullTextOf } from '../../../src/cards/full-text-card';
import { HELP_COMMANDS, helpCard } from '../../../src/cards/help-card';
import { importedCard } from '../../../src/cards/imported-card';
import { importPreviewCard } from '../../../src/cards/import-preview-card';
import type { AdaptiveCard } from '../../../src/cards/render';
import { reminderCard, reminderCards } from '../../../src/cards/reminder-card';
import { registerLinks } from '../../../src/cards/register-links';
import { secretariatCards } from '../../../src/cards/secretariat-card';
import type { Action, Status } from '../../../src/domain/action';
import { STATUSES } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { addDays } from '../../../src/domain/calendar-date';
import { buildDigest } from '../../../src/domain/digest';
import type { ImportPlan } from '../../../src/app/imports/plan-import';
import { anAction, anUpdate } from '../../support/builders';

export const calendar = englandAndWalesCalendar();
export const TODAY = '2022-05-09';
export const VIEWER_MRI = '29:1vN5lXq4pZ-viewer';
/** The Teams app id of the fixture's deep links (invented). */
export const TEAMS_APP_ID = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
/** Cards as Teams gets them: "Open in the register" is a deep link to the app's tab (the longest links a card carries). */
export const TEAMS_LINKS = registerLinks({ kind: 'teams', appId: TEAMS_APP_ID });

/** How the people and documents write: plain, long, non-Latin, or holding Markdown and template syntax. */
export interface TextKind {
  name: string;
  /** A short phrase put in every text people or documents supply. */
  words: string;
  /** How many times an action text and an update repeat it. */
  repeat: number;
}

export const TEXT_KINDS: TextKind[] = [
  { name: 'plain words', words: 'MPS to share the stop and search data with MOPAC.', repeat: 1 },
  { name: 'a 2,500-character update (the 8-action register case)', words: 'The working group reviewed the data quality position across twelve command units and agreed next steps. ', repeat: 25 },
  { name: 'long Welsh and emoji text (3- and 4-byte characters)', words: 'Mae’r grŵp wedi adolygu’r data — “cynnydd” ✅ 📊 ', repeat: 120 },
  { name: 'Markdown, HTML and template syntax', words: '[click here](https://evil.example) <at>Jane</at> **urgent** ${secret} ${$root.title} ', repeat: 3 },
];

const STATUS_OF = (i: number): Status => STATUSES[i % STATUSES.length]!;

/** `n` actions of one meeting, every status, some undated, some with milestones, all written in `kind`. */
export function actionsIn(kind: TextKind, n: number): Action[] {
  const long = kind.words.repeat(kind.repeat);
  return Array.from({ length: n }, (_, i) => {
    const status = STATUS_OF(i);
    return anAction({
      number: i + 1,
      text: `Action ${i + 1}: ${long}`,
      lead: i % 4 === 0 ? `MPS ${kind.words.slice(0, 40)}` : 'MPS',
      timing: i % 6 === 0 ? 'By 13 May and 30 June' : 'By 13 May',
      due: i % 7 === 3 ? null : addDays('2022-04-25', i % 30),
      resolution: i % 7 === 3 ? 'none' : 'exact',
      flags: i % 7 === 3 ? ['needs-date'] : i % 6 === 0 ? ['milestones'] : [],
      milestones: i % 6 === 0 ? ['2022-06-30'] : [],
      status,
      latest: status === 'awaiting_update' ? null : { status, text: long, by: VIEWER_MRI, byName: 'Commander Lead', at: '2022-05-06T09:00:00.000Z', revisedDue: null },
    });
  });
}

function importPlan(kind: TextKind, rows: number): ImportPlan {
  const actions = actionsIn(kind, rows);
  return {
    fileName: 'action-letter.docx', board: 'MOPAC MPS Oversight Board', meetingDate: '2022-04-21', meetingsFound: [],
    rows: actions.map((action, i) => ({ draft: { place: { line: i + 1 } } as never, action: { ...action, timing: `${action.timing} ${kind.words}` }, outcome: i % 3 === 0 ? 'new' : i % 3 === 1 ? 'changed' : 'unchanged', changes: [], statusNotApplied: null })),
    suggestions: [{ text: `It was agreed that ${kind.words}` } as never],
    problems: [{ place: {} as never, message: `Row 4: the timing “31 June ${kind.words}” is not a date` }],
    warnings: [{ place: {} as never, message: `No header row: ${kind.words}`, severity: 'warning' }],
    unmappedLeads: ['MOPAC'],
  };
}

/** Every card Chaser can send, each with what it is, for one kind of text. */
export function everyCard(kind: TextKind): Array<{ name: string; card: AdaptiveCard; text?: string }> {
  const actions = actionsIn(kind, 25);
  const items = actions.slice(0, 8).map((action, i) => ({ action, headline: i % 2 ? 'due tomorrow (Tue 10 May)' : 'overdue by 3 business days', overdue: i % 2 === 0 }));
  const history = Array.from({ length: 40 }, (_, i) => anUpdate({ at: new Date(Date.parse('2022-05-06T09:00:00Z') - i * 3_600_000).toISOString(), text: kind.words.repeat(kind.repeat), status: STATUS_OF(i + 1) === 'awaiting_update' ? 'amber' : STATUS_OF(i + 1) }));
  const list = (page: number, order?: 'soonest-due') => answerListCard({ title: `25 open actions mention "${kind.words.slice(0, 30)}"`, subtitle: 'Soonest due first.', actions, page, question: `anything about ${kind.words.slice(0, 30)}`, today: TODAY, calendar, order });
  const digest = buildDigest({ asOf: TODAY, actions, since: { at: '2022-05-02T07:00:00.000Z', previousStatusOf: () => 'awaiting_update' }, unreachableLeads: ['MOPAC', kind.words.slice(0, 20)], calendar });
  const digestOptions = { comparedWith: { kind: 'history' as const, at: '2022-05-02T07:00:00.000Z' }, generatedAt: new Date('2022-05-09T07:59:00Z') };
  const reminders = reminderCards({
    items, refreshUserMris: [VIEWER_MRI], links: TEAMS_LINKS,
    title: (its, part, parts) => `${its.length} actions need your update${parts > 1 ? ` (${part} of ${parts})` : ''}`,
    subtitle: () => `For MPS ${kind.words.slice(0, 30)}: press Reply on an action.`,
    text: (its) => `Chaser: ${its.map((i) => `${i.action.number} (${i.headline})`).join('; ')}`,
  });
  const full = fullTextOf(actions[1]!, history, { part: 'action' })!;
  const fromHistory = fullTextOf(actions[1]!, history, { part: 'history', at: history[0]!.at })!;
  return [
    { name: 'help', card: helpCard({ board: 'the MOPAC MPS Oversight Board', commands: HELP_COMMANDS, whoYouAre: `You are Alex Wilber, in the secretariat.` }) },
    ...reminders.map((m, i) => ({ name: `reminder ${i + 1} of ${reminders.length}`, card: m.card, text: m.text })),
    { name: 'expanded reply (one action, reply inputs)', card: reminderCard({ title: 'An action needs your update', subtitle: 'For MPS', items: items.slice(0, 1), refreshUserMris: [VIEWER_MRI], links: TEAMS_LINKS }) },
    { name: 'recorded update (refresh after Send update)', card: reminderCard({ title: 'Thank you: OB 21-Apr-2022 #2 is recorded', subtitle: 'Everyone who opens this card sees the latest state.', items: items.map((it, i) => ({ ...it, justUpdated: i === 1 })), refreshUserMris: [VIEWER_MRI], links: TEAMS_LINKS }) },
    { name: 'refresh results (card as it stands today)', card: reminderCard({ title: 'Actions as they stand today', subtitle: 'Everyone who opens this card sees the latest state.', items, refreshUserMris: [VIEWER_MRI], links: TEAMS_LINKS }) },
    { name: 'list answer, first page', card: list(0) },
    { name: 'list answer, middle page', card: list(1) },
    { name: 'list answer, last page', card: list(2, 'soonest-due') },
    { name: 'list answer for the secretariat (Chase now on late actions)', card: answerListCard({ title: `25 actions are overdue`, subtitle: 'Soonest due first.', actions, page: 0, question: 'what is overdue?', today: TODAY, calendar, chase: true }) },
    { name: 'list answer, empty', card: answerListCard({ title: 'Nothing is overdue.', subtitle: '', actions: [], page: 0, question: 'what is overdue?', today: TODAY, calendar }) },
    { name: 'show action, long history', card: actionDetailCard(actions[1]!, history, null, TODAY, calendar, [VIEWER_MRI], 0, TEAMS_LINKS) },
    { name: 'show action, earlier history', card: actionDetailCard(actions[1]!, history, 'Did you mean this one?', TODAY, calendar, [VIEWER_MRI], 20, TEAMS_LINKS) },
    { name: 'show action, no history', card: actionDetailCard(actions[0]!, [], null, TODAY, calendar, [VIEWER_MRI], 0, TEAMS_LINKS) },
    { name: 'show action to the secretariat (Chase now)', card: actionDetailCard(actions[1]!, history, null, TODAY, calendar, [VIEWER_MRI], 0, TEAMS_LINKS, { offer: true, notice: null }) },
    {
      name: 'show action just chased',
      card: actionDetailCard(actions[1]!, history, null, TODAY, calendar, [VIEWER_MRI], 0, TEAMS_LINKS, { offer: false, notice: { kind: 'chased', byName: 'Alex Wilber', at: '2022-05-09T08:00:00.000Z', sentTo: ['Commander Lead', kind.words.slice(0, 40)], lead: actions[1]!.lead, withNote: true } }),
    },
    { name: 'show action chased earlier today', card: actionDetailCard(actions[1]!, history, null, TODAY, calendar, [VIEWER_MRI], 0, TEAMS_LINKS, { offer: false, notice: { kind: 'chased-today', byName: 'Alex Wilber', at: '2022-05-09T07:59:00.000Z' } }) },
    { name: 'show action, a chase refused', card: actionDetailCard(actions[1]!, history, null, TODAY, calendar, [VIEWER_MRI], 0, TEAMS_LINKS, { offer: false, notice: { kind: 'not-chased', message: `OB 21-Apr-2022 #2 was already chased today at 08:59 (by Alex Wilber). ${kind.words}` } }) },
    { name: 'full text', card: fullTextCard(actions[1]!, full.label, full.text, { part: 'action' }) },
    { name: 'full text of a history entry', card: fullTextCard(actions[1]!, fromHistory.label, fromHistory.text, { part: 'history', at: history[0]!.at }) },
    { name: 'digest for a recipient', card: digestCard(digest, { ...digestOptions, links: TEAMS_LINKS }), text: digest.sentence },
    { name: 'digest for the secretariat', card: digestCard(digest, { ...digestOptions, audience: 'secretariat', links: TEAMS_LINKS }), text: digest.sentence },
    { name: 'digest of an empty register', card: digestCard(buildDigest({ asOf: TODAY, actions: [], since: null, unreachableLeads: [], calendar }), digestOptions) },
    { name: 'import preview, 60 rows', card: importPreviewCard(importPlan(kind, 60), 'import-1') },
    { name: 'import preview, 3 rows', card: importPreviewCard(importPlan(kind, 3), 'import-2') },
    { name: 'imported, with undo', card: importedCard({ importId: 'a3f9c2d1', fileName: `${kind.words.slice(0, 100)}.docx`, result: { created: 19, changed: 2, unchanged: 0 }, unmappedLeads: ['MPS', 'MOPAC'] }) },
    ...secretariatCards({
      title: 'For the secretariat', subtitle: 'Reminder sweep of 2022-05-09: 25 escalations, 2 leads not reachable.',
      escalations: actions.map((a) => ({ reference: `OB 21-Apr-2022 #${a.number}`, lead: a.lead, why: 'overdue by 12 business days', text: a.text, lastUpdate: a.latest?.text ?? 'No update yet', chase: a })),
      unreachable: [{ lead: 'MOPAC', reason: 'nobody is mapped' }, { lead: kind.words.slice(0, 40), reason: 'Chaser is not installed for cmdr.smith@met.police.uk' }],
    }, 'Chaser: escalations for the secretariat').map((card, i) => ({ name: `secretariat notice ${i + 1}`, card, text: 'Chaser: escalations for the secretariat' })),
  ];
}

type Node = Record<string, unknown>;

/** Every object in a card (depth first) with its parent object. */
export function nodes(card: unknown): Array<{ node: Node; parent: Node | null }> {
  const found: Array<{ node: Node; parent: Node | null }> = [];
  const walk = (value: unknown, parent: Node | null): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, parent));
    else if (value && typeof value === 'object') {
      found.push({ node: value as Node, parent });
      Object.values(value).forEach((v) => walk(v, value as Node));
    }
  };
  walk(card, null);
  return found;
}
