import { createHmac } from 'node:crypto';

/**
 * A person's one-way token in a meeting for one purpose: recognises them again without naming them.
 * Points and supports share one purpose; each vote has its own, so a named ballot cannot be joined to
 * anything else the person did; command receipts have theirs. Keyed by the meeting's key, which the
 * purge destroys, after which no token can be linked to anyone.
 */
export function personToken(key: string, purpose: string, memberId: string): string {
  return createHmac('sha256', key).update(`${purpose}:${memberId}`).digest('base64url');
}
