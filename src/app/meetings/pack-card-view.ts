import { lastUpdateText } from '../../cards/action-view';
import type { PackCardLine, PackCardView } from '../../cards/pack-card';
import type { Action } from '../../domain/action';
import { actionReference, isOpen } from '../../domain/action';
import { longDate } from '../../domain/calendar-date';
import type { Pack } from '../../domain/meetings/pack';

/** At most this many actions per section on the card (Teams' message size); the .docx has them all. */
export const CARD_LINES = 15;

function line(a: Action, state: string): PackCardLine {
  return { reference: actionReference(a), lead: a.lead, state, text: a.text, lastUpdate: lastUpdateText(a) };
}

/** The pack as the secretariat's card: the DCDG sentence, overdue, proposed for closure, the other open actions. */
export function packCardView(pack: Pack, actions: Action[]): PackCardView {
  const byKey = new Map(actions.map((a) => [actionReference(a), a]));
  const overdue = pack.digest.overdue.flatMap((l) => {
    const a = byKey.get(l.ref.reference);
    return a ? [line(a, `overdue by ${l.businessDaysOverdue} business day${l.businessDaysOverdue === 1 ? '' : 's'}`)] : [];
  });
  const overdueRefs = new Set(overdue.map((l) => l.reference));
  const open = actions.filter((a) => isOpen(a) && !overdueRefs.has(actionReference(a)))
    .map((a) => line(a, a.due ? `due ${longDate(a.due)}` : 'needs a date'));
  const cut = (lines: PackCardLine[]) => lines.slice(0, CARD_LINES);
  const more = [overdue, open].some((l) => l.length > CARD_LINES) ? ' Some actions are left off this card: the document has them all.' : '';
  const { meeting } = pack;
  return {
    title: pack.title,
    subtitle: `For the pack due ${longDate(pack.dueOn)}; the meeting sits on ${longDate(meeting.date)}. As of ${longDate(pack.digest.asOf)}.`,
    sentence: pack.digest.sentence,
    sections: [
      { heading: 'Overdue', none: 'Nothing is overdue.', lines: cut(overdue) },
      { heading: 'Proposed for closure, for the board to confirm', none: 'No actions are proposed for closure.', lines: cut(pack.proposedForClosure.map((a) => line(a, 'proposed for closure'))) },
      { heading: 'Open actions and their latest updates', none: 'No other open actions.', lines: cut(open) },
    ],
    footer: `The action log as the board paper: chaser pack --meeting ${meeting.date} --board ${meeting.boardCode} --format docx --out pack.docx.${more}`,
  };
}
