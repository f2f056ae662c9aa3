import { ActivityTypes } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { plainText } from '../../domain/plain-text';

/** Anything no other route understood: a short, helpful answer, never silence. Registered last. */
export function fallbackRoutes(app: Application<TurnState>): void {
  app.activity(ActivityTypes.Message, async (context) => {
    const said = (context.activity.text ?? '').trim();
    const opening = said ? `I did not understand "${plainText(said, 80)}".` : 'I can only read text messages for now.';
    await context.sendActivity(`${opening} Try "what is overdue?", "show action 5" or "help" for everything I can do.`);
  });
}
