import { type ReportDocument, reportDocumentSchema } from '@hiwar/protocol';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { SqliteDb } from '../db/open.js';
import { members, reportReviews, reports, reportVersions } from '../db/schema.js';
import type { ReportStore, SaveResult, StoredReport, StoredReview } from './report-store.js';

type ReportRow = typeof reports.$inferSelect;
type ReviewRow = typeof reportReviews.$inferSelect;

/** Documents are validated on the way in; reading one back parses it again so a bad row cannot slip out. */
const documentOf = (json: string): ReportDocument => reportDocumentSchema.parse(JSON.parse(json));

const toReport = (row: ReportRow): StoredReport => ({
  meetingId: row.meetingId,
  status: row.status,
  version: row.version,
  document: documentOf(row.document),
  updatedAt: row.updatedAt,
  publishedAt: row.publishedAt,
  publishToken: row.publishToken,
});

const toReview = (row: ReviewRow): StoredReview => ({
  id: row.id,
  meetingId: row.meetingId,
  itemId: row.itemId,
  presenterName: row.presenterName,
  token: row.token,
  status: row.status,
  suggestion: row.suggestion,
  updatedAt: row.updatedAt,
});

/** The report tables in the embedded SQLite file. */
export class SqliteReportStore implements ReportStore {
  constructor(private readonly db: SqliteDb) {}

  async find(meetingId: string): Promise<StoredReport | null> {
    const row = this.db.select().from(reports).where(eq(reports.meetingId, meetingId)).get();
    return row ? toReport(row) : null;
  }

  async findByPublishToken(token: string): Promise<StoredReport | null> {
    const row = this.db.select().from(reports).where(eq(reports.publishToken, token)).get();
    if (!row || row.publishedAt === null) return null;
    // The link shows what was published, not later edits to the draft.
    const published = this.db
      .select()
      .from(reportVersions)
      .where(and(eq(reportVersions.meetingId, row.meetingId), eq(reportVersions.reason, 'publish')))
      .orderBy(desc(reportVersions.version))
      .get();
    if (!published) return null;
    return { ...toReport(row), version: published.version, document: documentOf(published.document) };
  }

  async save(input: Parameters<ReportStore['save']>[0]): Promise<SaveResult> {
    return this.db.transaction(
      (tx): SaveResult => {
        const row = tx.select().from(reports).where(eq(reports.meetingId, input.meetingId)).get();
        if ((row?.version ?? null) !== input.baseVersion) return { ok: false, code: 'REPORT_VERSION_CONFLICT' };
        const current = row ? documentOf(row.document) : null;
        const next = reportDocumentSchema.parse(
          typeof input.document === 'function' ? input.document(current) : input.document,
        );
        const json = JSON.stringify(next);
        const version = (row?.version ?? 0) + 1;
        const published = input.reason === 'publish';
        const values = {
          meetingId: input.meetingId,
          // An edit after publishing starts a new draft; the published link keeps showing the last publication
          // until it is published again (the published document is the version saved with reason "publish").
          status: published ? ('published' as const) : (row?.status ?? ('draft' as const)),
          version,
          document: json,
          updatedAt: input.now,
          publishedAt: published ? input.now : (row?.publishedAt ?? null),
          publishToken: input.publishToken ?? row?.publishToken ?? null,
        };
        if (row) tx.update(reports).set(values).where(eq(reports.meetingId, input.meetingId)).run();
        else tx.insert(reports).values(values).run();
        tx.insert(reportVersions)
          .values({
            meetingId: input.meetingId,
            version,
            document: json,
            savedAt: input.now,
            savedBy: input.savedBy,
            reason: input.reason,
          })
          .run();
        return { ok: true, report: { ...values, document: next } };
      },
      { behavior: 'immediate' },
    );
  }

  async versions(meetingId: string) {
    return this.db
      .select({
        version: reportVersions.version,
        savedAt: reportVersions.savedAt,
        savedBy: reportVersions.savedBy,
        reason: reportVersions.reason,
      })
      .from(reportVersions)
      .where(eq(reportVersions.meetingId, meetingId))
      .orderBy(desc(reportVersions.version))
      .all();
  }

  async version(meetingId: string, version: number): Promise<ReportDocument | null> {
    const row = this.db
      .select({ document: reportVersions.document })
      .from(reportVersions)
      .where(and(eq(reportVersions.meetingId, meetingId), eq(reportVersions.version, version)))
      .get();
    return row ? documentOf(row.document) : null;
  }

  async listedMembers(meetingId: string) {
    return this.db
      .select({ name: members.displayName, organisation: members.organisation, removedAt: members.removedAt })
      .from(members)
      .where(and(eq(members.meetingId, meetingId), eq(members.listedInReport, true)))
      .orderBy(asc(members.joinedAt))
      .all()
      .filter((m) => m.removedAt === null)
      .map(({ name, organisation }) => ({ name, organisation }));
  }

  async everyone(meetingId: string) {
    return (
      this.db
        .select({ name: members.displayName, organisation: members.organisation })
        .from(members)
        .where(eq(members.meetingId, meetingId))
        .all()
        // An erased person (removed, left, purged) has an empty name, which would match every text.
        .filter((p) => p.name !== '')
    );
  }

  async reviews(meetingId: string): Promise<StoredReview[]> {
    return this.db
      .select()
      .from(reportReviews)
      .where(eq(reportReviews.meetingId, meetingId))
      .orderBy(asc(reportReviews.updatedAt), asc(reportReviews.id))
      .all()
      .map(toReview);
  }

  async ensureReviews(
    meetingId: string,
    wanted: { id: string; itemId: string; presenterName: string; token: string }[],
    now: number,
  ): Promise<StoredReview[]> {
    this.db.transaction((tx) => {
      for (const w of wanted) {
        tx.insert(reportReviews)
          .values({ ...w, meetingId, status: 'pending', suggestion: null, updatedAt: now })
          .onConflictDoNothing({ target: [reportReviews.meetingId, reportReviews.itemId, reportReviews.presenterName] })
          .run();
      }
    });
    return this.reviews(meetingId);
  }

  async findReview(token: string): Promise<StoredReview | null> {
    const row = this.db.select().from(reportReviews).where(eq(reportReviews.token, token)).get();
    return row ? toReview(row) : null;
  }

  async decideReview(
    token: string,
    status: StoredReview['status'],
    suggestion: string | null,
    now: number,
  ): Promise<StoredReview | null> {
    const row = this.db
      .update(reportReviews)
      .set({ status, suggestion, updatedAt: now })
      .where(eq(reportReviews.token, token))
      .returning()
      .get();
    return row ? toReview(row) : null;
  }
}
