import { DEFAULT_RETENTION_DAYS, type Retention } from '@hiwar/protocol';

const DAY_MS = 24 * 3600 * 1000;
/** A meeting nobody ended is taken as ended this long after it started (or was created). */
export const UNENDED_GRACE_DAYS = 30;

/** When a meeting's raw data is due to be purged: retention days after its end; null under a hold. */
export function purgeAtOf(meeting: {
  retentionDays: number | null;
  endedAt: number | null;
  startedAt: number | null;
  createdAt: number;
}): number | null {
  if (meeting.retentionDays === null) return null;
  const end = meeting.endedAt ?? (meeting.startedAt ?? meeting.createdAt) + UNENDED_GRACE_DAYS * DAY_MS;
  return end + meeting.retentionDays * DAY_MS;
}

export { DEFAULT_RETENTION_DAYS };

/** What one purge run changed, step by step: a finished purge run again changes nothing. */
export interface PurgeResult {
  /** Rows changed or deleted per step. */
  steps: Record<string, number>;
  /** Their sum. */
  changed: number;
  /** Whether every step ran (a test may stop after a few, as a crash would). */
  complete: boolean;
}

/**
 * Retention and erasure: how long a meeting's raw data is kept, the purge that erases it (names,
 * organisations, credentials, categories, ballots, unpublished point texts, histories, the event log and
 * the meeting's key; the published report stays), and deleting a meeting outright. Every step is
 * idempotent and runs in its own transaction, so a purge cut short by a crash is finished by the next run.
 */
export interface RetentionStore {
  find(meetingId: string): Promise<Retention | null>;
  /** Meetings whose purge is due at `now` and has not finished. */
  due(now: number): Promise<string[]>;
  /** Runs the purge (all steps, or the first `steps` of them) and truncates the write-ahead log. */
  purge(
    meetingId: string,
    now: number,
    /** `steps`: stop after that many, as a crash would; `afterStep`: told after each step commits. */
    options?: { steps?: number; afterStep?: (name: string) => void },
  ): Promise<PurgeResult>;
  /** Deletes the meeting and everything in it, the report included; false when it did not exist. */
  deleteMeeting(meetingId: string): Promise<boolean>;
  /** Forgets command receipts older than `before`: a retry comes within seconds, not days. */
  pruneReceipts(before: number): Promise<number>;
}
