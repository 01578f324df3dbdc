import { can } from '@hiwar/domain';
import type { Retention } from '@hiwar/protocol';
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../lib/app-error.js';
import type { EventHub } from '../../realtime/hub.js';
import type { PurgeResult } from '../../store/retention-store.js';
import type { MemberRecord, Store } from '../../store/store.js';

/** Command receipts older than this are forgotten: a client retries within seconds, not a day. */
const RECEIPT_TTL_MS = 24 * 3600 * 1000;

/**
 * Retention and erasure: reading a meeting's retention, purging what is due, deleting a meeting. The
 * retention period itself is set by the `meeting:set-retention` command, like every other change.
 */
export class RetentionService {
  constructor(
    private readonly store: Store,
    private readonly hub: EventHub,
  ) {}

  /** The meeting's retention, for those who run it. */
  async retentionFor(member: MemberRecord): Promise<Retention> {
    if (member.removedAt !== null) throw new AppError('MEMBER_REMOVED');
    if (!can(member.role, 'meeting:view-retention')) throw new AppError('FORBIDDEN');
    const retention = await this.store.retention.find(member.meetingId);
    if (!retention) throw new AppError('MEETING_NOT_FOUND');
    return retention;
  }

  /** "Delete this meeting now": only its owner; everything goes, the report included. */
  async deleteMeeting(member: MemberRecord): Promise<void> {
    if (member.removedAt !== null) throw new AppError('MEMBER_REMOVED');
    if (!can(member.role, 'meeting:delete')) throw new AppError('FORBIDDEN');
    if (!member.isOwner) throw new AppError('MEETING_OWNER_ONLY');
    await this.store.retention.deleteMeeting(member.meetingId);
    this.hub.meetingGone(member.meetingId);
  }

  /**
   * Purges every meeting whose retention has run out at `now`, finishing any purge a crash cut short,
   * and forgets old command receipts. Returns what each purge changed.
   */
  async purgeDue(now: number): Promise<Record<string, PurgeResult>> {
    const results: Record<string, PurgeResult> = {};
    for (const meetingId of await this.store.retention.due(now)) {
      results[meetingId] = await this.store.retention.purge(meetingId, now);
      this.hub.meetingGone(meetingId);
    }
    await this.store.retention.pruneReceipts(now - RECEIPT_TTL_MS);
    return results;
  }
}

/**
 * Runs the purge at start and then every `intervalMs`, with time from `clock`, so a test can drive it
 * without waiting. Returns a function that stops it.
 */
export function startRetentionJob(options: {
  service: RetentionService;
  intervalMs: number;
  clock?: () => number;
  log: FastifyBaseLogger;
}): () => void {
  const clock = options.clock ?? Date.now;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const results = await options.service.purgeDue(clock());
        const purged = Object.keys(results).length;
        // Only counts: the log names no meeting content.
        if (purged > 0) options.log.info({ purged }, 'retention: meetings purged');
      } catch (err) {
        options.log.error({ err }, 'retention: purge failed; the next run finishes it');
      }
    });
  };
  tick();
  const timer = options.intervalMs > 0 ? setInterval(tick, options.intervalMs) : null;
  timer?.unref();
  return () => {
    if (timer) clearInterval(timer);
  };
}
