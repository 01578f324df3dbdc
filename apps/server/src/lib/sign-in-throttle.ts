/**
 * A per-account brake on password guessing, on top of the per-address rate limit: after a few wrong
 * passwords for one e-mail address, each further attempt must wait, twice as long each time, up to a
 * ceiling. Kept in memory (one server process): a restart forgets it, which only resets the wait.
 * Keyed by the e-mail as typed (normalised), whether or not an account exists, so it reveals nothing.
 */
export class SignInThrottle {
  private readonly entries = new Map<string, { failures: number; blockedUntil: number; lastAt: number }>();

  constructor(
    private readonly options = { freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: 15 * 60_000, maxEntries: 50_000 },
  ) {}

  /** Milliseconds to wait before this e-mail may try again; 0 when it may try now. */
  retryAfterMs(email: string, now: number): number {
    const entry = this.entries.get(email);
    return entry ? Math.max(0, entry.blockedUntil - now) : 0;
  }

  /** A wrong password: the next attempt waits, once the free attempts are used up. */
  failed(email: string, now: number): void {
    const entry = this.entries.get(email) ?? { failures: 0, blockedUntil: 0, lastAt: now };
    entry.failures += 1;
    entry.lastAt = now;
    const over = entry.failures - this.options.freeAttempts;
    if (over >= 0) {
      entry.blockedUntil = now + Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** over);
    }
    // Re-inserted at the end, so the oldest entries are the ones dropped when the map is full.
    this.entries.delete(email);
    this.entries.set(email, entry);
    this.prune(now);
  }

  /** A right password: the slate is clean. */
  succeeded(email: string): void {
    this.entries.delete(email);
  }

  private prune(now: number) {
    for (const [email, entry] of this.entries) {
      const stale = now - entry.lastAt > this.options.maxDelayMs * 2;
      if (!stale && this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(email);
    }
  }
}
