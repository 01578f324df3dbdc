import type { Retention, VoteResults } from '@hiwar/protocol';
import { and, desc, eq, inArray, isNotNull, lt, ne, notInArray, or, sql } from 'drizzle-orm';
import type { SqliteDb } from '../db/open.js';
import {
  ballots,
  commandReceipts,
  events,
  meetings,
  members,
  moderationLog,
  pointRevisions,
  pointSupports,
  points,
  queueEntries,
  reportReviews,
  reports,
  reportVersions,
  revokedTokens,
  votes,
} from '../db/schema.js';
import { personToken } from './person-token.js';
import { type PurgeResult, purgeAtOf, type RetentionStore } from './retention-store.js';

type Tx = Parameters<Parameters<SqliteDb['transaction']>[0]>[0];
type Writer = Pick<Tx, 'select' | 'update' | 'delete' | 'insert'>;

/**
 * Erases one member's personal fields when they are removed or leave: name, organisation, categories and
 * consent to be listed go, and the credential's hash moves to revoked_tokens, apart from any name, so a
 * returning person is still told they were removed. Their name also leaves named ballots, named results
 * and the report's version history. Their points stay, unattributed as they always were.
 */
export function eraseMember(tx: Writer, meetingId: string, memberId: string, key: string | null, now: number) {
  const row = tx
    .select()
    .from(members)
    .where(and(eq(members.id, memberId), eq(members.meetingId, meetingId)))
    .get();
  if (!row) return;
  if (row.tokenHash) {
    tx.insert(revokedTokens)
      .values({ tokenHash: row.tokenHash, meetingId, revokedAt: now })
      .onConflictDoNothing()
      .run();
  }
  tx.update(members)
    .set({ displayName: '', organisation: null, categories: '{}', tokenHash: null, listedInReport: false })
    .where(eq(members.id, memberId))
    .run();
  const name = row.displayName;
  if (!name) return;
  // Someone else present with the same name keeps it where it may be theirs.
  const namesake = tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.meetingId, meetingId), eq(members.displayName, name)))
    .get();
  const voteRows = tx
    .select({ id: votes.id, results: votes.results })
    .from(votes)
    .where(eq(votes.meetingId, meetingId))
    .all();
  for (const vote of voteRows) {
    if (key) {
      const token = personToken(key, `vote:${vote.id}`, memberId);
      tx.update(ballots)
        .set({ voterName: null })
        .where(and(eq(ballots.voteId, vote.id), eq(ballots.voterToken, token)))
        .run();
    }
    if (namesake || !vote.results) continue;
    const results = JSON.parse(vote.results) as VoteResults;
    if (!results.voters?.some((v) => v.names.includes(name))) continue;
    const voters = results.voters.map((v) => ({ ...v, names: v.names.filter((n) => n !== name) }));
    tx.update(votes)
      .set({ results: JSON.stringify({ ...results, voters }) })
      .where(eq(votes.id, vote.id))
      .run();
  }
  if (!namesake) {
    tx.update(reportVersions)
      .set({ savedBy: '' })
      .where(and(eq(reportVersions.meetingId, meetingId), eq(reportVersions.savedBy, name)))
      .run();
  }
}

/** Every point id a report document cites, wherever its blocks keep their `sources`. */
function citedPointIds(document: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(document)) for (const part of document) citedPointIds(part, into);
  else if (document && typeof document === 'object') {
    for (const [key, value] of Object.entries(document)) {
      if (key === 'sources' && Array.isArray(value)) for (const id of value) into.add(String(id));
      else citedPointIds(value, into);
    }
  }
  return into;
}

type Step = (tx: Tx, meetingId: string) => number;

/**
 * The purge, in order. Each step is idempotent (it changes only what is still there) and runs in its
 * own transaction; the meeting is marked purged only after the last one.
 */
const PURGE_STEPS: [string, Step][] = [
  [
    'members',
    (tx, meetingId) => {
      const owner = tx
        .select({ account: meetings.ownerAccountId })
        .from(meetings)
        .where(eq(meetings.id, meetingId))
        .get()?.account;
      // The owner keeps their own name (it is their account's); everyone else is erased.
      const notOwner = owner ? or(sql`${members.accountId} IS NULL`, ne(members.accountId, owner)) : sql`1 = 1`;
      return tx
        .update(members)
        .set({ displayName: '', organisation: null, categories: '{}', tokenHash: null, listedInReport: false })
        .where(
          and(
            eq(members.meetingId, meetingId),
            notOwner,
            or(
              ne(members.displayName, ''),
              isNotNull(members.organisation),
              ne(members.categories, '{}'),
              isNotNull(members.tokenHash),
              eq(members.listedInReport, true),
            ),
          ),
        )
        .run().changes;
    },
  ],
  [
    'revoked-tokens',
    (tx, meetingId) => tx.delete(revokedTokens).where(eq(revokedTokens.meetingId, meetingId)).run().changes,
  ],
  [
    'queue',
    (tx, meetingId) =>
      tx.delete(queueEntries).where(eq(queueEntries.meetingId, meetingId)).run().changes +
      tx
        .update(meetings)
        .set({ floor: null })
        .where(and(eq(meetings.id, meetingId), isNotNull(meetings.floor)))
        .run().changes,
  ],
  [
    'ballots',
    (tx, meetingId) => {
      const ids = tx
        .select({ id: votes.id, results: votes.results, named: votes.named })
        .from(votes)
        .where(eq(votes.meetingId, meetingId))
        .all();
      if (ids.length === 0) return 0;
      let changed = tx
        .delete(ballots)
        .where(
          inArray(
            ballots.voteId,
            ids.map((v) => v.id),
          ),
        )
        .run().changes;
      for (const vote of ids) {
        const results = vote.results ? (JSON.parse(vote.results) as VoteResults) : null;
        if (!vote.named && !results?.voters) continue;
        changed += tx
          .update(votes)
          .set({ named: false, results: results ? JSON.stringify({ ...results, voters: null }) : null })
          .where(eq(votes.id, vote.id))
          .run().changes;
      }
      return changed;
    },
  ],
  [
    'point-history',
    (tx, meetingId) => {
      const ids = tx
        .select({ id: points.id })
        .from(points)
        .where(eq(points.meetingId, meetingId))
        .all()
        .map((p) => p.id);
      const inMeeting = ids.length > 0;
      return (
        (inMeeting ? tx.delete(pointRevisions).where(inArray(pointRevisions.pointId, ids)).run().changes : 0) +
        (inMeeting ? tx.delete(pointSupports).where(inArray(pointSupports.pointId, ids)).run().changes : 0) +
        tx.delete(moderationLog).where(eq(moderationLog.meetingId, meetingId)).run().changes
      );
    },
  ],
  [
    'report',
    (tx, meetingId) => {
      let changed = tx.delete(reportReviews).where(eq(reportReviews.meetingId, meetingId)).run().changes;
      const published = tx
        .select()
        .from(reportVersions)
        .where(and(eq(reportVersions.meetingId, meetingId), eq(reportVersions.reason, 'publish')))
        .orderBy(desc(reportVersions.version))
        .get();
      if (!published) {
        changed += tx.delete(reportVersions).where(eq(reportVersions.meetingId, meetingId)).run().changes;
        return changed + tx.delete(reports).where(eq(reports.meetingId, meetingId)).run().changes;
      }
      // Only the publication stays: drafts after it and every earlier version go.
      changed += tx
        .delete(reportVersions)
        .where(and(eq(reportVersions.meetingId, meetingId), ne(reportVersions.version, published.version)))
        .run().changes;
      changed += tx
        .update(reportVersions)
        .set({ savedBy: '' })
        .where(and(eq(reportVersions.meetingId, meetingId), ne(reportVersions.savedBy, '')))
        .run().changes;
      changed += tx
        .update(reports)
        .set({ status: 'published', version: published.version, document: published.document })
        .where(
          and(
            eq(reports.meetingId, meetingId),
            or(ne(reports.version, published.version), ne(reports.status, 'published')),
          ),
        )
        .run().changes;
      return changed;
    },
  ],
  [
    'points',
    (tx, meetingId) => {
      // After the report step, the only document left is the published one: its cited points may stay.
      const report = tx
        .select({ document: reports.document })
        .from(reports)
        .where(eq(reports.meetingId, meetingId))
        .get();
      const kept = [...citedPointIds(report ? JSON.parse(report.document) : null)];
      const gone = tx
        .delete(points)
        .where(and(eq(points.meetingId, meetingId), kept.length > 0 ? notInArray(points.id, kept) : sql`1 = 1`))
        .run().changes;
      const unlinked = tx
        .update(points)
        .set({ authorToken: null, source: null, parkingLot: null })
        .where(
          and(
            eq(points.meetingId, meetingId),
            or(isNotNull(points.authorToken), isNotNull(points.source), isNotNull(points.parkingLot)),
          ),
        )
        .run().changes;
      return gone + unlinked;
    },
  ],
  [
    'agenda-presenters',
    (tx, meetingId) =>
      tx.run(sql`UPDATE agenda_items SET presenters = '[]' WHERE meeting_id = ${meetingId} AND presenters != '[]'`)
        .changes,
  ],
  [
    'log',
    (tx, meetingId) =>
      tx.delete(events).where(eq(events.meetingId, meetingId)).run().changes +
      tx.delete(commandReceipts).where(eq(commandReceipts.meetingId, meetingId)).run().changes,
  ],
  [
    'key',
    (tx, meetingId) =>
      tx
        .update(meetings)
        .set({ pointKey: null })
        .where(and(eq(meetings.id, meetingId), isNotNull(meetings.pointKey)))
        .run().changes,
  ],
];

export const PURGE_STEP_NAMES = PURGE_STEPS.map(([name]) => name);

/** Retention and erasure in the embedded SQLite file. */
export class SqliteRetentionStore implements RetentionStore {
  constructor(
    private readonly db: SqliteDb,
    /** Truncates the write-ahead log, so erased content is not left in its older page images. */
    private readonly truncateWal: () => void,
  ) {}

  async find(meetingId: string): Promise<Retention | null> {
    const row = this.db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
    if (!row) return null;
    return { retentionDays: row.retentionDays, purgeAt: purgeAtOf(row), purgedAt: row.purgedAt };
  }

  async due(now: number): Promise<string[]> {
    return this.db
      .select({
        id: meetings.id,
        retentionDays: meetings.retentionDays,
        endedAt: meetings.endedAt,
        startedAt: meetings.startedAt,
        createdAt: meetings.createdAt,
      })
      .from(meetings)
      .where(and(sql`${meetings.purgedAt} IS NULL`, isNotNull(meetings.retentionDays)))
      .all()
      .filter((m) => {
        const at = purgeAtOf(m);
        return at !== null && at <= now;
      })
      .map((m) => m.id);
  }

  async purge(
    meetingId: string,
    now: number,
    options: { steps?: number; afterStep?: (name: string) => void } = {},
  ): Promise<PurgeResult> {
    const steps: Record<string, number> = {};
    const upTo = options.steps ?? PURGE_STEPS.length;
    for (const [name, step] of PURGE_STEPS.slice(0, upTo)) {
      steps[name] = this.db.transaction((tx) => step(tx, meetingId), { behavior: 'immediate' });
      options.afterStep?.(name);
    }
    const complete = upTo >= PURGE_STEPS.length;
    if (complete) {
      this.db
        .update(meetings)
        .set({ purgedAt: now })
        .where(and(eq(meetings.id, meetingId), sql`${meetings.purgedAt} IS NULL`))
        .run();
    }
    this.truncateWal();
    return { steps, changed: Object.values(steps).reduce((a, b) => a + b, 0), complete };
  }

  async deleteMeeting(meetingId: string): Promise<boolean> {
    // Every table of the meeting cascades from its row; secure_delete zeroes the freed pages.
    const changes = this.db.delete(meetings).where(eq(meetings.id, meetingId)).run().changes;
    this.truncateWal();
    return changes > 0;
  }

  async pruneReceipts(before: number): Promise<number> {
    return this.db.delete(commandReceipts).where(lt(commandReceipts.createdAt, before)).run().changes;
  }
}
