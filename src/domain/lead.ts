/** A Teams user who answers for a lead: by AAD object id or UPN (e-mail style sign-in name). */
export interface LeadUser {
  id: string;
  name: string;
  /** The sign-in name the directory gave when the mapping was checked (lower-cased). */
  upn?: string;
  /**
   * true: the directory confirmed the person when mapped (`id` is then their Entra object id); false: the
   * directory was asked but could not answer (to be checked later); absent: mapped without a directory.
   */
  verified?: boolean;
  /** True when the directory says they are a guest of this tenant (B2B, from a partner organisation). */
  guest?: boolean;
  /** When a sweep found their account disabled (they have left): map someone else. Absent while they are active. */
  leftAt?: string;
}

/** A lead as the board writes it ("MPS", "AC Ephgrave") and the people who answer for it. */
export interface LeadEntry {
  lead: string;
  users: LeadUser[];
  /** People allowed to update the lead's actions on their behalf. */
  delegates: LeadUser[];
  updatedAt: string;
}

/** How leads are matched: case, spacing and a leading "the" do not matter ("The MPS" = "MPS"). */
export function normaliseLead(lead: string): string {
  return lead.trim().replace(/\s+/g, ' ').replace(/^the\s+/i, '').toLowerCase();
}
