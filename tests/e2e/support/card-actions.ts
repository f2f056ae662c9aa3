import type { Locator } from 'playwright-core';

/**
 * Acting on a rendered Adaptive Card as a user would, through accessible roles and labels (the
 * Playground renders cards with Fluent UI: an expanded Input.ChoiceSet is radio buttons, a compact one
 * a combobox whose options open in a popup outside the card; Input.Text is a textbox named by its
 * label; actions are buttons named by their title).
 */

/** Picks `option` (its title) in a ChoiceSet; `inputLabel` (the input's label) says which when the card has several. */
export async function chooseOption(card: Locator, option: string | RegExp, inputLabel?: string | RegExp): Promise<void> {
  const scope = inputLabel ? card.getByRole('radiogroup', { name: inputLabel }) : card;
  for (const role of ['radio', 'checkbox'] as const) {
    const choice = scope.getByRole(role, { name: option });
    if ((await choice.count()) > 0) {
      await choice.first().check();
      return;
    }
  }
  const combo = inputLabel ? card.getByRole('combobox', { name: inputLabel }) : card.getByRole('combobox');
  if ((await combo.count()) === 0) throw new Error(`the card has no choice "${String(option)}"${inputLabel ? ` in "${String(inputLabel)}"` : ''}`);
  await combo.first().click();
  await card.page().getByRole('option', { name: option }).first().click();
}

/** Types `text` into the Input.Text labelled `label`. */
export async function fillInput(card: Locator, label: string | RegExp, text: string): Promise<void> {
  await card.getByRole('textbox', { name: label }).first().fill(text);
}

/** Presses the card action titled `title` (Action.Execute / Submit / ShowCard). */
export async function pressAction(card: Locator, title: string | RegExp): Promise<void> {
  await card.getByRole('button', { name: title }).first().click();
}

/**
 * The part of a card about one thing, e.g. one action of a reminder card that lists several (each with
 * its own Status, Update and "Send update"): the innermost element that holds `text` and a button.
 */
export function cardSection(card: Locator, text: string | RegExp): Locator {
  const page = card.page();
  return card.locator('div').filter({ has: page.getByText(text, { exact: true }) }).filter({ has: page.getByRole('button') }).last();
}

/**
 * Sets the Input.Date labelled `label` to `isoDate` (YYYY-MM-DD) as a user does: the Playground renders a
 * Fluent date picker that takes no typing, opened on today's real month, so the header is used to go
 * to the month grid, then the year grid, then the year, the month and the day.
 */
export async function pickDate(card: Locator, label: string | RegExp, isoDate: string): Promise<void> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`pickDate wants YYYY-MM-DD, not "${isoDate}"`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  await card.getByRole('combobox', { name: label }).first().click();
  const picker = card.page().getByRole('dialog').last();
  await picker.getByRole('button', { name: /^[A-Z][a-z]+ \d{4}$/ }).first().click(); // "November 2026": the month grid
  await picker.getByRole('button', { name: /^\d{4}$/ }).first().click(); // "2026": the year grid
  const yearCell = picker.getByRole('gridcell', { name: String(year), exact: true });
  for (let page = 0; page < 10 && (await yearCell.count()) === 0; page++) {
    // The year grid shows about a decade; its first unnamed button goes back one, the second forward.
    const shown = (await picker.getByRole('gridcell').allInnerTexts()).map(Number).filter(Boolean);
    const backwards = shown.length > 0 && year < Math.min(...shown);
    await picker.locator('button:not([aria-label]):not([role])').nth(backwards ? 0 : 1).click();
  }
  await yearCell.click();
  await picker.getByRole('gridcell', { name: monthName, exact: true }).click();
  await picker.getByRole('button', { name: `${day}, ${monthName}, ${year}`, exact: true }).click();
  await picker.waitFor({ state: 'hidden', timeout: 5_000 });
}

/** The computed CSS colour of the element of `scope` whose whole text is `text`, as [r, g, b]. */
export async function textColour(scope: Locator, text: string | RegExp): Promise<[number, number, number]> {
  const el = scope.getByText(text, { exact: true }).first();
  const css = await el.evaluate((node) => {
    const g = globalThis as unknown as { getComputedStyle(n: unknown): { color: string } };
    return g.getComputedStyle(node).color;
  });
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`"${String(text)}" has a colour that is not rgb(): ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The background the element of `scope` whose text matches `text` is shown on (the first ancestor that paints one), as [r, g, b]. */
export async function backgroundColour(scope: Locator, text: string | RegExp): Promise<[number, number, number]> {
  const el = scope.getByText(text).first();
  const css = await el.evaluate((node) => {
    type El = { parentElement: El | null };
    const g = globalThis as unknown as { getComputedStyle(n: El): { backgroundColor: string } };
    for (let n: El | null = node as unknown as El; n; n = n.parentElement) {
      const bg = g.getComputedStyle(n).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\(\d+,\s*\d+,\s*\d+,\s*0\)/.test(bg)) return bg;
    }
    return 'transparent';
  });
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`"${String(text)}" has no painted background: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
