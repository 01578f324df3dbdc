import type { MeetingEvent } from '@hiwar/protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { EventHub } from '../../realtime/hub.js';
import type { Store, VoteDeadline } from '../../store/store.js';

/** The two timer functions the scheduler needs; a test passes its own to run the clock by hand. */
export interface TimerFunctions {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: TimerFunctions = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    // A pending vote timer alone must not keep a stopping process alive.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Closes votes when their timer runs out. The server decides: one timer per open vote with a deadline,
 * armed when the vote opens, dropped when it closes, is reopened or deleted, and armed again at start from
 * the deadlines stored with the votes, so a deadline that passed while the server was down closes at once.
 */
export class VoteTimers {
  private readonly armed = new Map<string, { deadline: VoteDeadline; handle: unknown }>();
  private unsubscribe: (() => void)[] = [];
  private readonly timers: TimerFunctions;
  private readonly clock: () => number;

  constructor(
    private readonly options: {
      store: Store;
      hub: EventHub;
      log: FastifyBaseLogger;
      clock?: () => number;
      timers?: TimerFunctions;
    },
  ) {
    this.timers = options.timers ?? realTimers;
    this.clock = options.clock ?? Date.now;
  }

  /** Follows votes as they open and close, and arms a timer for every open vote with a stored deadline. */
  async start(): Promise<void> {
    const { hub, store } = this.options;
    this.unsubscribe.push(
      hub.subscribe((meetingId, events) => this.follow(meetingId, events)),
      hub.onMeetingGone((meetingId) => {
        for (const [voteId, { deadline }] of this.armed) if (deadline.meetingId === meetingId) this.disarm(voteId);
      }),
    );
    for (const deadline of await store.voteDeadlines()) this.arm(deadline);
  }

  /** Drops every timer and stops listening: nothing fires after this. */
  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    for (const voteId of [...this.armed.keys()]) this.disarm(voteId);
  }

  /** Vote ids with a timer running, for tests and diagnostics. */
  pending(): string[] {
    return [...this.armed.keys()];
  }

  private follow(meetingId: string, events: MeetingEvent[]) {
    for (const event of events) {
      if (event.type === 'vote:opened' && event.vote.closesAt !== null)
        this.arm({ meetingId, voteId: event.vote.id, closesAt: event.vote.closesAt });
      if (event.type === 'vote:closed' || event.type === 'vote:reopened' || event.type === 'vote:deleted')
        this.disarm(event.voteId);
    }
  }

  private arm(deadline: VoteDeadline) {
    this.disarm(deadline.voteId);
    const delay = Math.max(0, deadline.closesAt - this.clock());
    const handle = this.timers.setTimeout(() => void this.fire(deadline), delay);
    this.armed.set(deadline.voteId, { deadline, handle });
  }

  private disarm(voteId: string) {
    const armed = this.armed.get(voteId);
    if (!armed) return;
    this.timers.clearTimeout(armed.handle);
    this.armed.delete(voteId);
  }

  private async fire(deadline: VoteDeadline) {
    this.armed.delete(deadline.voteId);
    const now = this.clock();
    // A timer may fire a hair before the clock reaches the deadline: wait the rest rather than close early.
    if (now < deadline.closesAt) return this.arm(deadline);
    try {
      const events = await this.options.store.closeVoteAtDeadline(deadline.meetingId, deadline.voteId, now);
      this.options.hub.publish(deadline.meetingId, events);
    } catch (err) {
      // Only ids: the log names no meeting content. A manual close still works.
      this.options.log.error({ err, voteId: deadline.voteId }, 'vote timer: closing the vote failed');
    }
  }
}
