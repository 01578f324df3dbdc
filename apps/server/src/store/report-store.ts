import type { ReportDocument, ReportVersion, Review } from '@hiwar/protocol';

export type ReportSaveReason = ReportVersion['reason'];

export interface StoredReport {
  meetingId: string;
  status: 'draft' | 'published';
  version: number;
  document: ReportDocument;
  updatedAt: number;
  publishedAt: number | null;
  publishToken: string | null;
}

export interface StoredReview extends Omit<Review, 'path'> {
  meetingId: string;
  token: string;
}

export type SaveResult = { ok: true; report: StoredReport } | { ok: false; code: 'REPORT_VERSION_CONFLICT' };

/**
 * The report's storage: the current document, every saved version, and the presenters' reviews. A save
 * names the version it started from and is refused if another save came first, so no edit is lost unseen.
 */
export interface ReportStore {
  find(meetingId: string): Promise<StoredReport | null>;
  findByPublishToken(token: string): Promise<StoredReport | null>;
  /**
   * Saves a new version in one transaction. `baseVersion` null creates the report and fails if one exists;
   * `change` may transform the stored document (for regenerating one section) instead of replacing it.
   */
  save(input: {
    meetingId: string;
    baseVersion: number | null;
    document: ReportDocument | ((current: ReportDocument | null) => ReportDocument);
    reason: ReportSaveReason;
    savedBy: string;
    now: number;
    publishToken?: string;
  }): Promise<SaveResult>;
  versions(meetingId: string): Promise<ReportVersion[]>;
  version(meetingId: string, version: number): Promise<ReportDocument | null>;
  /** The people who agreed to be named in the internal participant list. */
  listedMembers(meetingId: string): Promise<{ name: string; organisation: string | null }[]>;
  /** Every name and organisation ever in the meeting, removed people included, for the confidentiality check. */
  everyone(meetingId: string): Promise<{ name: string; organisation: string | null }[]>;

  reviews(meetingId: string): Promise<StoredReview[]>;
  /** Creates the reviews that do not exist yet; existing ones keep their token and status. */
  ensureReviews(
    meetingId: string,
    wanted: { id: string; itemId: string; presenterName: string; token: string }[],
    now: number,
  ): Promise<StoredReview[]>;
  findReview(token: string): Promise<StoredReview | null>;
  decideReview(
    token: string,
    status: StoredReview['status'],
    suggestion: string | null,
    now: number,
  ): Promise<StoredReview | null>;
}
