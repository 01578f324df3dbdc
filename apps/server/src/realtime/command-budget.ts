/** A token bucket's size and how fast it fills again. */
export interface BucketLimit {
  /** Tokens when full: how many requests may come at once. */
  burst: number;
  /** Tokens added per second: the sustained rate. */
  perSecond: number;
}

/**
 * Kinds of request, budgeted apart so a burst of one kind does not starve another: `content` writes text
 * or rows others see (points, votes, agenda items), `action` is everything else (support, hands, moves),
 * `sync` is a catch-up request.
 */
export type RequestKind = 'content' | 'action' | 'sync';

export interface BudgetConfig {
  limits: Record<RequestKind, BucketLimit>;
  /** A connection refused this many times for being over budget within floodWindowMs is flooding. */
  floodRefusals: number;
  floodWindowMs: number;
  /** How long a flooding member may send nothing. */
  muteMs: number;
}

const CONTENT_COMMANDS = new Set([
  'point:submit',
  'point:edit',
  'vote:open',
  'theme:add',
  'theme:update',
  'agenda:add-item',
  'agenda:update-item',
  'queue:add-person',
  'meeting:update',
  'meeting:set-categories',
]);

/** The kind of a raw command payload, read without trusting it: anything unknown is an action. */
export function commandKind(raw: unknown): RequestKind {
  const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && CONTENT_COMMANDS.has(type) ? 'content' : 'action';
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets by key, all with one limit. Full buckets are forgotten, so memory follows active keys. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep: number;

  constructor(
    private readonly limit: BucketLimit,
    private readonly clock: () => number,
  ) {
    this.lastSweep = clock();
  }

  private fill(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  /** Milliseconds until the key has a whole token again; 0 when it has one now. */
  wait(key: string): number {
    const now = this.clock();
    this.sweep(now);
    const bucket = this.fill(key, now);
    if (bucket.tokens >= 1) return 0;
    return this.limit.perSecond > 0 ? ((1 - bucket.tokens) / this.limit.perSecond) * 1000 : Number.POSITIVE_INFINITY;
  }

  /** Spends one token of the key (call after wait() said 0). */
  spend(key: string) {
    const bucket = this.fill(key, this.clock());
    bucket.tokens = Math.max(0, bucket.tokens - 1);
  }

  /** Takes one token if there is one; otherwise says how long until there is. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const retryAfterMs = this.wait(key);
    if (retryAfterMs > 0) return { ok: false, retryAfterMs };
    this.spend(key);
    return { ok: true };
  }

  forget(key: string) {
    this.buckets.delete(key);
  }

  get size() {
    return this.buckets.size;
  }

  private sweep(now: number) {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      const tokens = bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond;
      if (tokens >= this.limit.burst) this.buckets.delete(key);
    }
  }
}

/** Whose budget: a member of a meeting. */
export interface BudgetMember {
  meetingId: string;
  memberId: string;
}

const keyOf = (member: BudgetMember) => `${member.meetingId}/${member.memberId}`;

export type BudgetVerdict =
  | { ok: true }
  /** Over budget: answer RATE_LIMITED. `flooding`: this refusal made the member muted just now. */
  | { ok: false; code: 'RATE_LIMITED'; retryAfterMs: number; flooding: boolean }
  /** The member is muted: answer MEMBER_MUTED. `flooding`: this connection keeps sending anyway. */
  | { ok: false; code: 'MEMBER_MUTED'; retryAfterMs: number; flooding: boolean };

/**
 * The realtime layer's command budget: a token bucket per member and per connection for each kind of
 * request. Every request spends a token, whatever the answer later is, so a stream of refused commands
 * costs the sender as much as accepted ones. It decides in memory, before any database access, so a
 * flood is refused for the price of a map lookup. A connection refused floodRefusals times within
 * floodWindowMs mutes its member for muteMs; a muted member's connection that goes on sending as many
 * requests is reported as flooding again, so the caller closes it rather than answer each one.
 */
export class CommandBudget {
  private readonly members: Record<RequestKind, TokenBuckets>;
  private readonly connections: Record<RequestKind, TokenBuckets>;
  private readonly refusals = new Map<string, { since: number; count: number }>();
  private readonly mutedUntil = new Map<string, number>();
  private readonly mutedListeners = new Set<(member: BudgetMember, mutedForMs: number) => void>();

  constructor(
    private readonly config: BudgetConfig,
    private readonly clock: () => number = Date.now,
  ) {
    const buckets = (kind: RequestKind) => new TokenBuckets(config.limits[kind], clock);
    this.members = { content: buckets('content'), action: buckets('action'), sync: buckets('sync') };
    this.connections = { content: buckets('content'), action: buckets('action'), sync: buckets('sync') };
  }

  /** Calls the listener whenever a member becomes muted (to tell them and the staff). */
  onMuted(listener: (member: BudgetMember, mutedForMs: number) => void) {
    this.mutedListeners.add(listener);
  }

  /**
   * Charges one request of a kind to a member and a connection (a socket id, or one key per member for
   * HTTP). Every channel a member uses shares the member's buckets and the mute.
   */
  charge(member: BudgetMember, connectionId: string, kind: RequestKind): BudgetVerdict {
    const memberKey = keyOf(member);
    const muted = this.mutedFor(member);
    // A muted member's connection that keeps sending is flooding again: it is thrown out again.
    if (muted > 0)
      return { ok: false, code: 'MEMBER_MUTED', retryAfterMs: muted, flooding: this.countRefusal(connectionId) };
    const wait = Math.max(this.members[kind].wait(memberKey), this.connections[kind].wait(connectionId));
    if (wait === 0) {
      this.members[kind].spend(memberKey);
      this.connections[kind].spend(connectionId);
      return { ok: true };
    }
    const flooding = this.countRefusal(connectionId);
    if (flooding) {
      this.mutedUntil.set(memberKey, this.clock() + this.config.muteMs);
      for (const listener of this.mutedListeners) listener(member, this.config.muteMs);
      return { ok: false, code: 'RATE_LIMITED', retryAfterMs: this.config.muteMs, flooding: true };
    }
    return { ok: false, code: 'RATE_LIMITED', retryAfterMs: wait, flooding: false };
  }

  /** Milliseconds the member stays muted; 0 when not muted. */
  mutedFor(member: BudgetMember): number {
    const memberKey = keyOf(member);
    const until = this.mutedUntil.get(memberKey);
    if (until === undefined) return 0;
    const left = until - this.clock();
    if (left > 0) return left;
    this.mutedUntil.delete(memberKey);
    return 0;
  }

  /** Drops what is kept about a closed connection. */
  forgetConnection(connectionId: string) {
    for (const kind of ['content', 'action', 'sync'] as const) this.connections[kind].forget(connectionId);
    this.refusals.delete(connectionId);
  }

  private countRefusal(connectionId: string): boolean {
    const now = this.clock();
    const window = this.refusals.get(connectionId);
    if (!window || now - window.since > this.config.floodWindowMs) {
      this.refusals.set(connectionId, { since: now, count: 1 });
      return this.config.floodRefusals <= 1;
    }
    window.count += 1;
    if (window.count < this.config.floodRefusals) return false;
    this.refusals.delete(connectionId);
    return true;
  }
}
