import * as fs from 'fs';
import { CardFactory, MessageFactory } from 'botbuilder';
import { E2E, startE2E } from './support/e2e-harness';

describe('card inputs (not committed)', () => {
  let e2e: E2E;
  beforeAll(async () => { e2e = await startE2E(); }, 90_000);
  afterAll(async () => { await e2e?.stop(); }, 30_000);
  test('inputs', async () => {
    const since = await e2e.markChat();
    await e2e.sendProactive(MessageFactory.attachment(CardFactory.adaptiveCard({
      type: 'AdaptiveCard', version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Reminder: action 5', weight: 'Bolder' },
        { type: 'Input.ChoiceSet', id: 'status', label: 'Status', style: 'expanded', choices: [{ title: 'On track', value: 'green' }, { title: 'At risk', value: 'amber' }, { title: 'Off track', value: 'red' }] },
        { type: 'Input.ChoiceSet', id: 'status2', label: 'Status compact', choices: [{ title: 'On track', value: 'green' }, { title: 'At risk', value: 'amber' }] },
        { type: 'Input.Text', id: 'note', label: 'Update', isMultiline: true, placeholder: 'What happened?' },
      ],
      actions: [{ type: 'Action.Execute', title: 'Submit', verb: 'e2eProbe', data: { actionId: 5 } }],
    })));
    const card = await e2e.waitForCard(/Reminder: action 5/, 10_000, { since });
    fs.writeFileSync('/tmp/e2ex/inputs.html', await card.evaluate((el: any) => el.outerHTML));
    await card.getByRole('radio', { name: 'At risk' }).check();
    await card.getByRole('textbox', { name: /Update/ }).fill('Waiting for the data from the MPS');
    await card.getByRole('button', { name: 'Submit' }).click();
    await new Promise((r) => setTimeout(r, 2500));
    console.log('LOG', await e2e.playgroundLog());
    console.log('CHASER', e2e.chaserLog(10));
    console.log('MSGS', JSON.stringify(await e2e.botMessages(), null, 1).slice(-1500));
    await e2e.screenshot('inputs', { step: 96, element: card });
  });
});
