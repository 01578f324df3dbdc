import { balanceByCategory, can, mergeRoot } from '@hiwar/domain';
import {
  type ConfidentialityFinding,
  type ExportFormat,
  type Language,
  localizedLabel,
  localizedName,
  REPORT_SECTION_KEYS,
  type ReportDocument,
  type ReportSection,
  type ReportState,
  type ReviewDecisionBody,
  type ReviewPage,
  reportDocumentSchema,
} from '@hiwar/protocol';
import {
  buildDraft,
  confidentialityFindings,
  DEFAULT_THRESHOLDS,
  phrases,
  publicSections,
  type ReportInput,
  renderDocx,
  renderHtml,
  renderMarkdown,
  reportTitle,
  type Thresholds,
  transliterationWarnings,
} from '@hiwar/report';
import { AppError } from '../../lib/app-error.js';
import { newId, newSecret } from '../../lib/ids.js';
import type { StoredReport, StoredReview } from '../../store/report-store.js';
import type { MemberRecord, Store } from '../../store/store.js';
import { type ExportFileName, exportFileName } from './file-name.js';
import { renderPdf } from './pdf.js';

/**
 * The role counted as the meeting's participants in the report: the quantifiers ("many", "several") and
 * the group the summary describes are over participants, not over presenters, facilitators or the desk.
 */
const PARTICIPANT_ROLE = 'participant';

const GENERATED = new Set<string>(REPORT_SECTION_KEYS);

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  /** Named after the meeting and its date, never "report.*". */
  filename: ExportFileName;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

/**
 * Merges a fresh draft into the current document: sections the rapporteur edited, and sections they wrote,
 * stay exactly as they are and where they are; unedited generated sections are replaced; generated sections
 * that are new take their place in the draft's order.
 */
export function mergeDraft(current: ReportDocument, draft: ReportDocument, only?: string): ReportDocument {
  const fresh = new Map(draft.sections.map((s) => [s.key, s]));
  const replaceable = (s: ReportSection) => GENERATED.has(s.key) && (only ? s.key === only : !s.edited);
  const sections: ReportSection[] = [];
  for (const section of current.sections) {
    if (!replaceable(section)) sections.push(section);
    else {
      const next = fresh.get(section.key);
      // A section the meeting no longer fills is kept empty when asked for by name, else left out.
      if (next) sections.push({ ...next, heading: section.edited ? section.heading : next.heading });
      else if (only) sections.push({ ...section, edited: false, blocks: [] });
    }
  }
  if (!only) {
    const present = new Set(sections.map((s) => s.key));
    draft.sections.forEach((section, i) => {
      if (present.has(section.key)) return;
      const before = draft.sections
        .slice(0, i)
        .map((s) => s.key)
        .filter((key) => present.has(key))
        .pop();
      const at = before === undefined ? 0 : sections.findIndex((s) => s.key === before) + 1;
      sections.splice(at, 0, section);
      present.add(section.key);
    });
  }
  return { ...current, sections };
}

/** The report desk's use cases: generate, edit with versions, review, check, publish and export. */
export class ReportService {
  constructor(
    private readonly store: Store,
    private readonly chromiumPath: string | null,
    private readonly thresholds: Thresholds = DEFAULT_THRESHOLDS,
    private readonly clock: () => number = Date.now,
  ) {}

  private requireDesk(member: MemberRecord) {
    if (member.removedAt !== null) throw new AppError('MEMBER_REMOVED');
    if (!can(member.role, 'report:edit')) throw new AppError('FORBIDDEN');
  }

  /** What the generator reads: the meeting as the desk sees it, reduced to counts where people are concerned. */
  async inputFor(meetingId: string, language: Language): Promise<ReportInput> {
    const owner = { memberId: '', staff: true, desk: true };
    const state = await this.store.loadMeetingState(meetingId, owner);
    if (!state) throw new AppError('MEETING_NOT_FOUND');
    const people = (state.members ?? []).filter((m) => m.role === PARTICIPANT_ROLE && !m.waiting);
    const categories = state.meeting.balanceCategories;
    const byCategory = balanceByCategory(people, categories).map((balance) => {
      const category = categories.find((c) => c.id === balance.categoryId);
      return {
        categoryName: category ? localizedName(category, language) : '',
        options: balance.rows
          .filter((row) => row.optionId !== null || row.people > 0)
          .map((row) => ({
            label:
              row.optionId === null
                ? phrases.notSaid[language]
                : localizedLabel(category?.options.find((o) => o.id === row.optionId) ?? { label: '' }, language),
            people: row.people,
            turns: row.turns,
            floorMs: row.floorMs,
            stated: row.optionId !== null,
          })),
      };
    });
    return {
      meeting: state.meeting,
      agenda: state.agenda,
      themes: state.meeting.themes,
      points: state.points,
      votes: state.votes,
      participants: { count: people.length, byCategory },
      supportersByPoint: await this.participantsPerPoint(meetingId, state),
      listed: await this.store.reports.listedMembers(meetingId),
    };
  }

  /**
   * Per point, the distinct participants who raised or supported it. The store counts everyone (see
   * peoplePerPoint); each presenter, facilitator, rapporteur or observer who sent or supported a point is
   * taken out once, so a quantifier never stands on the organisers' own voices. A desk capture keeps its
   * unnamed speaker, as the store counts it.
   */
  private async participantsPerPoint(
    meetingId: string,
    state: { members: { id: string; role: string }[] | null; points: { id: string; mergedInto: string | null }[] },
  ): Promise<Record<string, number>> {
    const counts = { ...(await this.store.peoplePerPoint(meetingId)) };
    const parent = new Map(state.points.map((p) => [p.id, p.mergedInto]));
    const root = (id: string) => mergeRoot(parent, id);
    for (const member of (state.members ?? []).filter((m) => m.role !== PARTICIPANT_ROLE)) {
      const theirs = await this.store.loadMeetingState(meetingId, { memberId: member.id, staff: false, desk: false });
      if (!theirs) continue;
      for (const id of new Set([...theirs.myPointIds, ...theirs.mySupportIds].map(root))) {
        const n = counts[id];
        if (n !== undefined && n > 0) counts[id] = n - 1;
      }
    }
    return counts;
  }

  private async draftFor(meetingId: string, language: Language): Promise<ReportDocument> {
    return reportDocumentSchema.parse(buildDraft(await this.inputFor(meetingId, language), language, this.thresholds));
  }

  /**
   * Names in Chatham House parts of the report, sensitive terms and identifying points in any public part;
   * empty when it may be published and exported.
   */
  async findings(meetingId: string, document: ReportDocument): Promise<ConfidentialityFinding[]> {
    return confidentialityFindings(document, await this.checkContext(meetingId));
  }

  /**
   * Findings and, as warnings for the desk (not a block), likely names in the other script: from one read
   * of the meeting, since the desk's state asks for both after each save.
   */
  private async checks(meetingId: string, document: ReportDocument) {
    const context = await this.checkContext(meetingId);
    return {
      findings: confidentialityFindings(document, context),
      warnings: transliterationWarnings(document, context),
    };
  }

  /**
   * Everyone the checks look for (members ever in the meeting and presenters), the agenda, the meeting's
   * sensitive terms and the points the desk marked as identifying (merged ones too: their words may live on).
   */
  private async checkContext(meetingId: string) {
    const state = await this.store.loadMeetingState(meetingId, { memberId: '', staff: true, desk: true });
    if (!state) throw new AppError('MEETING_NOT_FOUND');
    const { meeting, agenda } = state;
    const presenters = agenda.flatMap((item) =>
      item.presenters.map((p) => ({ name: p.name, organisation: p.organisation || null })),
    );
    const people = [...(await this.store.reports.everyone(meetingId)), ...presenters];
    return {
      people,
      agenda,
      hostOrganisation: meeting.hostOrganisation,
      sensitiveTerms: meeting.reportSettings.sensitiveTerms,
      identifying: state.points.filter((p) => p.identifying).map((p) => ({ id: p.id, text: p.text })),
    };
  }

  private reviewOut(review: StoredReview) {
    const { token, meetingId: _meetingId, ...rest } = review;
    return { ...rest, path: `/review/${token}` };
  }

  private reportOut(report: StoredReport) {
    const { publishToken, ...rest } = report;
    return { ...rest, publishedPath: publishToken && report.publishedAt !== null ? `/r/${publishToken}` : null };
  }

  /** What the desk sees; `saved` is the report a save just wrote, so it is not read again. */
  async state(member: MemberRecord, saved?: StoredReport): Promise<ReportState> {
    this.requireDesk(member);
    const report = saved ?? (await this.store.reports.find(member.meetingId));
    const reviews = await this.store.reports.reviews(member.meetingId);
    return {
      report: report ? this.reportOut(report) : null,
      reviews: reviews.map((r) => this.reviewOut(r)),
      ...(report ? await this.checks(member.meetingId, report.document) : { findings: [], warnings: [] }),
    };
  }

  private async saved(
    member: MemberRecord,
    input: Omit<Parameters<Store['reports']['save']>[0], 'meetingId' | 'savedBy' | 'now'>,
  ): Promise<ReportState> {
    const result = await this.store.reports.save({
      ...input,
      meetingId: member.meetingId,
      savedBy: member.displayName,
      now: this.clock(),
    });
    if (!result.ok) throw new AppError(result.code);
    return this.state(member, result.report);
  }

  /** Creates the draft, or refreshes every section the rapporteur has not edited. */
  async generate(member: MemberRecord, language?: Language): Promise<ReportState> {
    this.requireDesk(member);
    const current = await this.store.reports.find(member.meetingId);
    const meeting = await this.store.findMeeting(member.meetingId);
    if (!meeting) throw new AppError('MEETING_NOT_FOUND');
    const lang = language ?? current?.document.language ?? meeting.contentLanguage;
    const draft = await this.draftFor(member.meetingId, lang);
    if (!current) return this.saved(member, { baseVersion: null, document: draft, reason: 'generate' });
    // In another language, edited sections still stay; the rest is written anew in that language.
    const document = mergeDraft({ ...current.document, language: draft.language, dir: draft.dir }, draft);
    return this.saved(member, { baseVersion: current.version, document, reason: 'regenerate' });
  }

  async save(member: MemberRecord, baseVersion: number, document: ReportDocument): Promise<ReportState> {
    this.requireDesk(member);
    return this.saved(member, { baseVersion, document, reason: 'edit' });
  }

  /** Regenerates one generated section; every other section stays as it is. */
  async regenerateSection(member: MemberRecord, key: string, baseVersion: number): Promise<ReportState> {
    this.requireDesk(member);
    if (!GENERATED.has(key)) throw new AppError('REPORT_SECTION_NOT_GENERATED');
    const current = await this.requireReport(member.meetingId);
    const draft = await this.draftFor(member.meetingId, current.document.language);
    return this.saved(member, {
      baseVersion,
      document: (stored) => mergeDraft(stored ?? current.document, draft, key),
      reason: 'regenerate',
    });
  }

  private async requireReport(meetingId: string): Promise<StoredReport> {
    const report = await this.store.reports.find(meetingId);
    if (!report) throw new AppError('REPORT_NOT_FOUND');
    return report;
  }

  async versions(member: MemberRecord) {
    this.requireDesk(member);
    return { versions: await this.store.reports.versions(member.meetingId) };
  }

  async version(member: MemberRecord, version: number) {
    this.requireDesk(member);
    const document = await this.store.reports.version(member.meetingId, version);
    if (!document) throw new AppError('REPORT_VERSION_NOT_FOUND');
    return { document };
  }

  async restore(member: MemberRecord, version: number, baseVersion: number): Promise<ReportState> {
    const { document } = await this.version(member, version);
    return this.saved(member, { baseVersion, document, reason: 'restore' });
  }

  /** One review link per named presenter of each on-the-record presentation paragraph. */
  async createReviews(member: MemberRecord): Promise<ReportState> {
    this.requireDesk(member);
    const report = await this.requireReport(member.meetingId);
    const items = new Map((await this.store.loadAgenda(member.meetingId)).map((item) => [item.id, item]));
    const reviewed = report.document.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'paragraph' && b.reviewItemId ? [b.reviewItemId] : []));
    const wanted = [...new Set(reviewed)].flatMap((itemId) => {
      const item = items.get(itemId);
      if (!item || item.confidentiality !== 'on-record') return [];
      return item.presenters.map((p) => ({ id: newId(), itemId, presenterName: p.name, token: newSecret() }));
    });
    await this.store.reports.ensureReviews(member.meetingId, wanted, this.clock());
    return this.state(member);
  }

  private async blockOnFindings(meetingId: string, document: ReportDocument) {
    const findings = await this.findings(meetingId, document);
    if (findings.length > 0) {
      throw new AppError(
        'REPORT_NAMES_IN_CHATHAM_HOUSE',
        findings.map((f) => ({ path: `${f.sectionKey}/${f.blockId}`, message: f.match })),
      );
    }
  }

  /** Publishes the current version, once no Chatham House part names anyone. */
  async publish(member: MemberRecord, baseVersion: number): Promise<ReportState> {
    if (member.removedAt !== null) throw new AppError('MEMBER_REMOVED');
    if (!can(member.role, 'report:publish')) throw new AppError('FORBIDDEN');
    const report = await this.requireReport(member.meetingId);
    if (report.version !== baseVersion) throw new AppError('REPORT_VERSION_CONFLICT');
    await this.blockOnFindings(member.meetingId, report.document);
    return this.saved(member, {
      baseVersion,
      document: report.document,
      reason: 'publish',
      publishToken: report.publishToken ?? newSecret(),
    });
  }

  async exportFor(member: MemberRecord, format: ExportFormat, includeInternal: boolean): Promise<ExportFile> {
    this.requireDesk(member);
    const report = await this.requireReport(member.meetingId);
    await this.blockOnFindings(member.meetingId, report.document);
    return this.render(member.meetingId, report.document, format, includeInternal);
  }

  /** The published report, for its read-only link: public sections only. */
  async published(token: string): Promise<StoredReport> {
    const report = await this.store.reports.findByPublishToken(token);
    if (!report) throw new AppError('REPORT_NOT_PUBLISHED');
    return report;
  }

  /** The report in one format, named after the meeting's title and date. */
  async render(
    meetingId: string,
    document: ReportDocument,
    format: ExportFormat,
    includeInternal: boolean,
    downloads?: { label: string; href: string }[],
  ): Promise<ExportFile> {
    const meeting = await this.store.findMeeting(meetingId);
    const filename = exportFileName(
      meeting?.title ?? reportTitle(document.sections),
      meeting?.startsAt ?? null,
      format,
    );
    const file = (body: string | Uint8Array) => ({ body, contentType: CONTENT_TYPES[format], filename });
    switch (format) {
      case 'md':
        return file(renderMarkdown(document, { includeInternal }));
      case 'json':
        return file(
          `${JSON.stringify({ ...document, sections: publicSections(document, includeInternal) }, null, 2)}\n`,
        );
      case 'html':
        return file(renderHtml(document, { includeInternal, downloads }));
      case 'docx':
        return file(await renderDocx(document, { includeInternal }));
      case 'pdf': {
        if (!this.chromiumPath) throw new AppError('PDF_UNAVAILABLE');
        return file(await renderPdf(renderHtml(document, { includeInternal }), this.chromiumPath));
      }
    }
  }

  private async reviewContext(token: string) {
    const review = await this.store.reports.findReview(token);
    if (!review) throw new AppError('REVIEW_NOT_FOUND');
    const report = await this.requireReport(review.meetingId);
    const meeting = await this.store.findMeeting(review.meetingId);
    if (!meeting) throw new AppError('REVIEW_NOT_FOUND');
    return { review, report, meeting };
  }

  /** What a presenter sees on their review link: their own paragraph only. */
  async reviewPage(token: string): Promise<ReviewPage> {
    const { review, report, meeting } = await this.reviewContext(token);
    // An item's presenters each have a paragraph of their own (the one drawn from points that names them);
    // the sentence introducing the presentations names them all and is nobody's to review.
    const bare = (text: string) => text.replace(/[\u2066-\u2069\u200e\u200f]/g, '');
    const places = report.document.sections.flatMap((section) =>
      section.blocks.map((block, index) => ({ section, block, index })),
    );
    const theirs = places.filter((p) => p.block.kind === 'paragraph' && p.block.reviewItemId === review.itemId);
    const found =
      theirs.find(
        (p) =>
          p.block.kind === 'paragraph' &&
          p.block.sources.length > 0 &&
          bare(p.block.content.map((r) => r.text).join('')).includes(review.presenterName),
      ) ??
      theirs.find((p) => p.block.kind === 'paragraph' && p.block.sources.length > 0) ??
      theirs[0];
    const paragraph = found?.block;
    const heading = found
      ? (found.section.blocks
          .slice(0, found.index)
          .reverse()
          .find((b) => b.kind === 'heading') ?? {
          kind: 'heading' as const,
          content: [{ text: found.section.heading }],
        })
      : undefined;
    return {
      meetingTitle: meeting.title,
      hostOrganisation: meeting.hostOrganisation,
      language: report.document.language,
      dir: report.document.dir,
      presenterName: review.presenterName,
      heading: heading?.kind === 'heading' ? heading.content.map((r) => r.text).join('') : '',
      paragraph: paragraph?.kind === 'paragraph' ? paragraph.content : [],
      status: review.status,
      suggestion: review.suggestion,
    };
  }

  async decideReview(token: string, body: ReviewDecisionBody): Promise<ReviewPage> {
    await this.reviewContext(token);
    const decided =
      body.decision === 'approve'
        ? await this.store.reports.decideReview(token, 'approved', null, this.clock())
        : await this.store.reports.decideReview(token, 'changes-suggested', body.suggestion, this.clock());
    if (!decided) throw new AppError('REVIEW_NOT_FOUND');
    return this.reviewPage(token);
  }
}
