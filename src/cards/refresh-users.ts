/** Teams refreshes a card automatically for at most this many users (Universal Actions, `refresh.userIds`). */
export const REFRESH_USERS_MAX = 60;

/**
 * A Teams user's MRI as Teams sends it in `activity.from.id` and a conversation reference's `user.id`:
 * `29:1a2b…` (also `8:orgid:<guid>`). Entra object ids (bare GUIDs) and UPNs are not MRIs and Teams
 * ignores them in `refresh.userIds`.
 */
export function isUserMri(id: string): boolean {
  return /^(29:|8:orgid:)\S+$/.test(id);
}

/**
 * The `refresh.userIds` of a card: the MRIs given, in order, without repeats, at most 60. Anything else
 * (an Entra object id, a UPN, an empty string) is dropped rather than sent for Teams to ignore.
 */
export function refreshUserIds(mris: readonly string[]): string[] {
  return [...new Set(mris.filter(isUserMri))].slice(0, REFRESH_USERS_MAX);
}
