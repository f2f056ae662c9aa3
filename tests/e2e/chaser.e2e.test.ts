import type { Locator } from 'playwright-core';
import { countRag, summaryLines } from '../../src/domain/digest';
import { JOBS_SECRET_HEADER } from '../../src/http/job-routes';
import { SEED_LETTER, cliOn } from '../support/cli-harness';
import { backgroundColour, cardSection, chooseOption, fillInput, pickDate, pressAction, textColour } from './support/card-actions';
import { E2E, E2E_NOW, startE2E } from './support/e2e-harness';
import {
  ALEX, FIVE, JOBS_SECRET, MPS_DUE_ON_9_MAY, OVERDUE_ON_9_MAY, REVISED_DUE, UPDATE_TEXT, expectHue, flat, refsIn,
} from './support/journey';
import { userMessages } from './support/playground-page';

/** Text in the theme's default colour: grey, not a hue (the colour goes on a marker beside it). */
function expectNeutral([r, g, b]: [number, number, number], what: string): void {
  if (Math.max(r, g, b) - Math.min(r, g, b) > 30) throw new Error(`${what} should read in the default colour but is rgb(${r}, ${g}, ${b})`);
}

/** A marker on the theme's attention background: a red tint (pale in the light theme). */
function expectReddish([r, g, b]: [number, number, number], what: string): void {
  if (!(r > 180 && r - g >= 40 && r - b >= 40)) throw new Error(`${what} should read as red but is rgb(${r}, ${g}, ${b})`);
}

/**
 * Issue 8: the whole product as a user meets it — Chaser, the Microsoft 365 Agents Playground and a
 * headless Chromium, one journey in steps that build on each other (tests run in file order).
 * Each step saves test-results/e2e/<nn>-<step>.png; a failing step says which it was and prints the
 * page text and the Playground log.
 */
describe('Chaser in the Agents Playground (Chromium)', () => {
  let e2e: E2E;

  beforeAll(async () => {
    // The fixed clock is the harness's default (E2E_NOW: Monday 9 May 2022, 09:00 London); the jobs
    // secret turns on POST /api/jobs/<name>, the trigger a platform scheduler uses.
    e2e = await startE2E({ env: { CHASER_JOBS_SECRET: JOBS_SECRET } });
  }, 90_000);

  afterAll(async () => {
    await e2e?.stop();
  }, 30_000);

  test('step 1: "help" shows the help card', async () => {
    await e2e.step(1, 'help', async () => {
      await e2e.say('help');
      const card = await e2e.waitForCard(/Things you can say/);
      const text = await card.innerText();
      expect(text).toContain('Things you can say');
      expect(text).toContain('what is overdue?');
      return card;
    });
  });

  /** Set by step 2: the bot message holding the reminder card that lists #5. */
  let reminderWithFive = -1;

  test('step 2: after the import, mapping and the reminder job, the reminder cards arrive unasked', async () => {
    await e2e.step(2, 'reminders', async () => {
      // The CLI on the bot's own tables, at the same instant as the bot.
      const chaser = cliOn({ ...e2e.storageEnv, CHASER_NOW: E2E_NOW });
      const imported = await chaser('import', SEED_LETTER);
      expect({ code: imported.code, err: imported.err }).toEqual({ code: 0, err: '' });
      expect(imported.out).toContain('Imported: 19 new, 0 corrected, 0 unchanged.');
      expect(await chaser('leads', 'set', 'MPS', ALEX.aadObjectId)).toMatchObject({ code: 0, out: expect.stringMatching(new RegExp(`^MPS is answered for by ${ALEX.aadObjectId}\\.`)) as unknown as string });
      expect(await chaser('admins', 'add', ALEX.aadObjectId)).toMatchObject({ code: 0, out: `${ALEX.aadObjectId} is now in the secretariat.` });

      await e2e.playgroundConversation(); // stored by step 1's message: the job can reach Alex
      const since = await e2e.markChat();
      const typedBefore = (await userMessages(e2e.page)).length;
      const res = await fetch(`${e2e.chaser.url}/api/jobs/reminders`, { method: 'POST', headers: { [JOBS_SECRET_HEADER]: JOBS_SECRET } });
      const report = (await res.json()) as { today: string; reminders: Array<{ reference: string; lead: string; recipients: string[]; outcome: string }> };
      expect(res.status).toBe(200);
      expect(report.today).toBe('2022-05-09');
      const toMps = report.reminders.filter((r) => r.lead === 'MPS');
      expect(toMps.map((r) => refsIn(r.reference)[0]).sort((a, b) => a - b)).toEqual(MPS_DUE_ON_9_MAY);
      expect(toMps.every((r) => r.outcome === 'sent' && r.recipients.join() === ALEX.aadObjectId)).toBe(true);

      // Nine actions fit one card (cards split by size in bytes), then the secretariat's notice (Alex is an admin).
      await e2e.waitForCard(/9 actions need your update/);
      await e2e.waitForCard(/For the secretariat/);
      const messages = (await e2e.botMessages()).filter((m) => m.index >= since);
      const reminders = messages.flatMap((m) => m.cards.filter((c) => /need(s)? your update/.test(c)).map((text) => ({ index: m.index, text })));
      expect(reminders).toHaveLength(1);
      expect(reminders[0]!.text).toMatch(/^9 actions need your update\W+For MPS/);
      expect(reminders.flatMap((c) => refsIn(c.text)).sort((a, b) => a - b)).toEqual(MPS_DUE_ON_9_MAY);
      expect(reminders[0]!.text).toContain('For MPS: 4 overdue.');
      const secretariat = messages.flatMap((m) => m.cards).find((c) => /For the secretariat/.test(c))!;
      expect(flat(secretariat)).toContain('Leads Chaser cannot reach MOPAC');
      // Proactive: nothing was typed since step 1.
      expect((await userMessages(e2e.page)).length).toBe(typedBefore);

      reminderWithFive = reminders.find((c) => refsIn(c.text).includes(5))!.index;
      const card = await e2e.waitForCard(/9 actions need your update/, 5_000, { since: reminderWithFive });
      // The headlines carry the colours: overdue in red (Attention), coming up in blue (Accent).
      // Headlines read in the default colour; the colour is on the marker beside them.
      expectNeutral(await textColour(card, 'Overdue by 15 business days'), 'the overdue headline of #19');
      expectNeutral(await textColour(card, 'Coming up: due in 4 business days (Fri 13 May)'), 'the coming-up headline of #5');
      expectReddish(await backgroundColour(card, /^Overdue$/), 'the marker beside the overdue headline of #19');
      return card;
    });
  });

  test('step 3: "At risk (amber)" and an update on the card for #5 are recorded and the card says so', async () => {
    await e2e.step(3, 'card-submit', async () => {
      expect(reminderWithFive).toBeGreaterThanOrEqual(0);
      const card = await e2e.waitForCard(/OB 21-Apr-2022 #5\b/, 5_000, { since: reminderWithFive });
      const five = cardSection(card, 'OB 21-Apr-2022 #5');
      expect(refsIn(await five.innerText())).toEqual([5]); // the section is #5's alone
      await pressAction(five, 'Reply on #5'); // each action's controls open from its own Reply button
      await chooseOption(five, 'At risk (amber)', 'Status');
      await fillInput(five, 'Update', UPDATE_TEXT);
      await pickDate(five, 'Revised due date', REVISED_DUE);
      await pressAction(five, 'Send update');

      // The card is replaced in place by the one the submit returns.
      const updated = await e2e.waitForCard(/Updated by Alex Wilber at/, 15_000, { since: reminderWithFive });
      const text = flat(await updated.innerText());
      expect(text).toContain('Thank you: OB 21-Apr-2022 #5 is recorded');
      expect(text).toContain(`Updated by Alex Wilber at 9 May 2022, 09:00: At risk (amber) — ${UPDATE_TEXT}`);
      expect(text).toContain('30 June 2022'); // the revised due date
      expectHue(await backgroundColour(updated, /^Updated by Alex Wilber/), 'amber', 'the "Updated by" box of an amber update');

      // The register, as the CLI sees it…
      const chaser = cliOn({ ...e2e.storageEnv, CHASER_NOW: E2E_NOW });
      const asked = await chaser('ask', 'show action 5', '--json');
      expect(asked.code).toBe(0);
      expect(JSON.parse(asked.out).actions).toEqual([expect.objectContaining({ number: 5, lead: 'MPS', status: 'amber', due: REVISED_DUE })]);
      const shown = await chaser('ask', 'show action 5');
      expect(shown.out).toMatch(new RegExp(`Alex Wilber: status amber — ${UPDATE_TEXT}`));
      // …and as stored: who, from where, what changed.
      const stored = (await e2e.chaser.store.actions.get(FIVE))!.action;
      expect(stored).toMatchObject({ status: 'amber', due: REVISED_DUE, latest: { status: 'amber', text: UPDATE_TEXT, byName: 'Alex Wilber' } });
      const [latest] = await e2e.chaser.store.actions.history(FIVE);
      expect(latest).toMatchObject({
        kind: 'status', source: 'card', status: 'amber', text: UPDATE_TEXT, revisedDue: REVISED_DUE, byName: 'Alex Wilber',
        changes: [{ field: 'status', from: 'awaiting_update', to: 'amber' }, { field: 'due', from: '2022-05-13', to: REVISED_DUE }],
      });
      return updated;
    });
  });

  test('step 4: "what is overdue?" lists the overdue actions, most overdue first', async () => {
    await e2e.step(4, 'overdue', async () => {
      await e2e.say('what is overdue?');
      const card = await e2e.waitForCard(/actions are overdue/);
      const text = flat(await card.innerText());
      expect(text).toContain('5 actions are overdue');
      // #5 was not overdue (due 13 May, now 30 June): the list is the same as before the update.
      expect(refsIn(text)).toEqual(OVERDUE_ON_9_MAY);
      expect(text).toContain('OB 21-Apr-2022 #19 · MPS · due 13 April 2022, overdue by 15 business days');
      expect(text).toContain('OB 21-Apr-2022 #18 · MOPAC · due 30 April 2022, overdue by 5 business days');
      // None of them has had an update: each says so in its RAG column.
      expect(text.match(/Awaiting update/g)).toHaveLength(5);
      // Pressing a row opens that action (its Action.Execute verb was once the unbound "${showVerb}": a 501).
      await card.getByText('MPS to send MOPAC the Safer Schools Officer report \'as is\'.', { exact: true }).first().click();
      const opened = await e2e.waitForCard(/OB 21-Apr-2022 #8[\s\S]*History/);
      const detail = flat(await opened.innerText());
      expect(detail).toMatch(/^OB 21-Apr-2022 #8 /);
      expect(detail).toContain('Reply on #8');
      return card;
    });
  });

  test('step 5: "show action 5" shows the detail card with the update from step 3 in its history', async () => {
    await e2e.step(5, 'show-action-5', async () => {
      await e2e.say('show action 5');
      const card = await e2e.waitForCard(/History/);
      const text = flat(await card.innerText());
      expect(text).toMatch(/^OB 21-Apr-2022 #5 /);
      expect(text).toContain('At risk (amber) · due 30 June 2022');
      expect(text).toContain(`Last update: At risk (amber) — ${UPDATE_TEXT} (Alex Wilber, 9 May 2022, 09:00)`);
      expect(text).toMatch(new RegExp(
        `History 9 May 2022, 09:00 · Alex Wilber: At risk \\(amber\\) — ${UPDATE_TEXT} \\(due date revised to 30 June 2022\\) `
        + '9 May 2022, 09:00 · .*: Imported from ".*\\.txt", line \\d+\\.',
      ));
      return card;
    });
  });

  test('step 6: "digest" and the digest job show the digest card with the register\'s numbers', async () => {
    await e2e.step(6, 'digest', async () => {
      // The numbers come from the register as it stands after step 3: 19 actions, #5 amber, the rest awaiting.
      const counts = countRag(await e2e.chaser.store.actions.listAll());
      expect(counts).toEqual({ total: 19, progressed: 1, complete: 0, onTrack: 0, amber: 1, red: 0, awaitingUpdate: 18 });
      const lines = summaryLines(counts);
      expect(lines[0]).toBe('Of the 19 actions, 1 has been progressed:');
      const expectDigest = async (card: Locator, how: string) => {
        const text = flat(await card.innerText());
        expect(text).toContain('Action log: progress update — as of 9 May 2022');
        let at = text.indexOf(lines[0]!);
        if (at < 0) throw new Error(`the digest card (${how}) does not open with "${lines[0]}":\n${text}`);
        for (const line of lines.slice(1)) { // in order, each as a bullet
          const next = text.indexOf(`• ${line}`, at);
          if (next < 0) throw new Error(`the digest card (${how}) does not say "• ${line}" after "${text.slice(at, at + 80)}…":\n${text}`);
          at = next;
        }
        expect(text).toContain('Overdue 5 actions are past due, most overdue first.');
        const overdue = text.slice(text.indexOf('Overdue 5 actions'), text.indexOf('Due in the next two weeks'));
        expect(refsIn(overdue)).toEqual(OVERDUE_ON_9_MAY);
        // The first digest compares with the start of the week: the register was loaded since, so nothing is
        // "new". (The journey's clock stands still, so #5's reply has the instant of the load and is not counted.)
        expect(text).toMatch(/This is the first digest: compared with the register as it stood on 2 May 2022, 08:00\. (Nothing has changed since|\d+ updates? received)\./);
        expect(text).not.toContain('new actions');
        expectNeutral(await textColour(card, 'amber'), `the word "amber" in the summary (${how})`);
        expectHue(await backgroundColour(card, /^Amber$/), 'amber', `the Amber marker beside the summary line (${how})`);
      };

      // Asked for in chat…
      await e2e.say('digest');
      const asked = await e2e.waitForCard(/Action log: progress update/);
      await expectDigest(asked, 'asked for');

      // …and sent by the weekly job (due from Monday 08:00): with no subscribers yet it goes to the secretariat, Alex.
      const since = await e2e.markChat();
      const typedBefore = (await userMessages(e2e.page)).length;
      const res = await fetch(`${e2e.chaser.url}/api/jobs/digest`, { method: 'POST', headers: { [JOBS_SECRET_HEADER]: JOBS_SECRET } });
      const report = (await res.json()) as { skipped: string | null; recipients: Array<{ recipient: string; outcome: string }> };
      expect(res.status).toBe(200);
      expect(report.skipped).toBeNull();
      expect(report.recipients).toEqual([expect.objectContaining({ recipient: ALEX.aadObjectId.toLowerCase(), outcome: 'sent' })]);
      const sent = await e2e.waitForCard(/Action log: progress update/, 15_000, { since });
      await expectDigest(sent, 'sent by the job');
      expect((await userMessages(e2e.page)).length).toBe(typedBefore);
      await e2e.screenshot('digest-job', { element: sent });
      return asked;
    });
  });

  test('step 7: something meaningless gets a helpful answer and no error anywhere', async () => {
    await e2e.step(7, 'meaningless', async () => {
      await e2e.say('purple elephants');
      const reply = await e2e.waitForReply(/did not understand/i);
      const text = await reply.innerText();
      expect(text).toMatch(/did not understand "purple elephants"/i);
      expect(text).toMatch(/help/);
      const problems = await e2e.problems();
      if (problems.length) {
        throw new Error(`errors were seen during the journey:\n${problems.map((p) => `  [${p.step}] ${p.source}: ${p.text}`).join('\n')}`);
      }
      return reply;
    });
  });
});
