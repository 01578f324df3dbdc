import { type BucketLimit, TokenBuckets } from '../../realtime/command-budget.js';

export interface JoinLimits {
  /** Lookups of a code that leads nowhere, per address: tight, since only a guesser makes many. */
  failuresPerAddress: BucketLimit;
  /** The same over all addresses together: bounds guessing from many addresses at once. */
  failuresTotal: BucketLimit;
  /** Successful joins per meeting: generous, so a whole venue behind one address gets in at once. */
  joinsPerMeeting: BucketLimit;
}

/**
 * Keeps join codes unguessable without locking out a crowd on one Wi-Fi. Only failed lookups (unknown or
 * ended codes) count against an address, and against everyone together, so 500 people typing the right
 * code from one address all get in, while a guesser, who fails nearly every time, is held to a few tries
 * a minute. Addresses are kept in memory only, never logged or stored.
 */
export class JoinLimiter {
  private readonly perAddress: TokenBuckets;
  private readonly total: TokenBuckets;
  private readonly perMeeting: TokenBuckets;

  constructor(limits: JoinLimits, clock: () => number = Date.now) {
    this.perAddress = new TokenBuckets(limits.failuresPerAddress, clock);
    this.total = new TokenBuckets(limits.failuresTotal, clock);
    this.perMeeting = new TokenBuckets(limits.joinsPerMeeting, clock);
  }

  /**
   * Milliseconds this address must wait before it may look up any code; 0 when it may now. Checked before
   * the lookup, so a held-back guesser learns nothing, not even whether a code exists.
   */
  lookupWait(address: string): number {
    return Math.max(this.perAddress.wait(address), this.total.wait('all'));
  }

  /** Counts a lookup that found no live meeting. */
  failed(address: string) {
    this.perAddress.spend(address);
    this.total.spend('all');
  }

  /** Takes one join of a meeting; says how long to wait when the meeting is taking joins too fast. */
  join(meetingId: string): number {
    const taken = this.perMeeting.take(meetingId);
    return taken.ok ? 0 : taken.retryAfterMs;
  }
}
