import { SendBudget, SlotGrant, SlotRequest, grantSlots } from '../app/ports';

/**
 * The send budget of one process (`SendBudget`, ports.ts, kept in memory): what a messenger paces by when it
 * is given no shared budget (tests, a store that cannot be reached), and the in-memory twin of the store's.
 * Same rule as the shared one (`grantSlots`), so a messenger paces the same way alone or with others.
 */
export class LocalSendBudget implements SendBudget {
  private nextFree = -Infinity;

  async claim(request: SlotRequest): Promise<SlotGrant> {
    const { grant, nextFree } = grantSlots(this.nextFree, request);
    this.nextFree = nextFree;
    return grant;
  }
}
