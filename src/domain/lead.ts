/** A Teams user who answers for a lead: by AAD object id or UPN (e-mail style sign-in name). */
export interface LeadUser {
  id: string;
  name: string;
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
