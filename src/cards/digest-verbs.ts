/** Verbs of the digest card: shared by its template's Action.Execute button and the route that handles it. */
export const DIGEST_VERBS = {
  /** "Get the board paper": the table as a chat message, and how to get the Word paper. */
  paper: 'digest.paper',
} as const;
