/** The localStorage key of a participant's credential for one meeting. */
export function memberTokenKey(meetingId: string): string {
  return `hiwar.member.${meetingId}`;
}

/** The participant's stored credential for a meeting, if they joined it from this browser. */
export function readMemberToken(meetingId: string): string | null {
  try {
    return localStorage.getItem(memberTokenKey(meetingId));
  } catch {
    // Storage can be blocked (private modes, policies); then the person simply joins again.
    return null;
  }
}

/** Keeps the credential so that closing the tab and coming back returns to the same meeting and role. */
export function storeMemberToken(meetingId: string, token: string): void {
  try {
    localStorage.setItem(memberTokenKey(meetingId), token);
  } catch {
    // See readMemberToken.
  }
}

/** Forgets the credential, e.g. after the person was removed from the meeting. */
export function forgetMemberToken(meetingId: string): void {
  try {
    localStorage.removeItem(memberTokenKey(meetingId));
  } catch {
    // See readMemberToken.
  }
}
