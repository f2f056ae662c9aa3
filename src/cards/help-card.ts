import template from './help-card.json';
import { AdaptiveCard, renderCard } from './render';

export interface HelpCommand {
  say: string;
  does: string;
}

export interface HelpView {
  board: string;
  commands: HelpCommand[];
  whoYouAre: string;
}

/** The commands every user is told about; the manifest's command list mirrors the first ones. */
export const HELP_COMMANDS: HelpCommand[] = [
  { say: 'what is overdue?', does: 'Open actions past their due date, most overdue first' },
  { say: "what's due this week", does: 'Actions due Monday to Sunday this week (also: due next week, due before 30 June)' },
  { say: 'show action 5', does: 'One action with its full history (or OB 21\u2011Apr\u20112022 #5)' },
  { say: '5 complete: data shared', does: 'Record a status: complete, on track, amber or red, and an update' },
  { say: 'what has MPS got open', does: "A lead's open actions (or: my actions)" },
  { say: 'digest', does: 'The weekly RAG summary, now' },
  { say: 'import', does: 'Secretariat: paste or attach the action table to load it' },
  { say: 'help', does: 'This card' },
];

export function helpCard(view: HelpView): AdaptiveCard {
  return renderCard(template, view);
}
