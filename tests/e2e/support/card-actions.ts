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
