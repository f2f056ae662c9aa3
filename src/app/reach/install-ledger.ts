/**
 * Installations in the delivery ledger: one row per person under the scope `reach` (the daily reach pass
 * keeps its `pass:<date>` rows there too), written when Chaser was installed for them (or already was), so
 * reachability shows "pending install" until Teams tells Chaser of the chat.
 */
export const INSTALL_SCOPE = 'reach';

/** The ledger key of a person's installation. */
export function installKey(personId: string): string {
  return `install|${personId.toLowerCase()}`;
}
