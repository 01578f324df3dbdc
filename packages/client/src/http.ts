import type {
  Account,
  AgendaItemDraft,
  ChangePasswordBody,
  CommandAck,
  CommandBody,
  DuplicateMeetingBody,
  ErrorCode,
  ExportFormat,
  JoinBody,
  JoinInfo,
  JoinResult,
  Language,
  Meeting,
  MeetingDetailsInput,
  MeetingSummary,
  ReportDocument,
  ReportDocumentInput,
  ReportState,
  ReportVersion,
  Retention,
  ReviewDecisionBody,
  ReviewPage,
  SessionInfo,
  SignInBody,
  SignUpBody,
  Snapshot,
  WireError,
} from '@hiwar/protocol';
import { newCommandId } from './ids.js';

/** An error answer from the Hiwar API, carrying the server's error code. */
export class HiwarError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: WireError['issues'];
  constructor(error: WireError, status = 0) {
    super(error.message);
    this.name = 'HiwarError';
    this.code = error.code;
    this.status = status;
    this.issues = error.issues;
  }
}

export interface HttpOptions {
  /** Where Hiwar is served, e.g. http://localhost:3000. In a browser, '' means this page's origin. */
  baseUrl: string;
  /** A participant's meeting-scoped credential, sent as a bearer token. */
  memberToken?: string;
}

const SESSION_COOKIE = 'hiwar_session';

/**
 * The HTTP half of the typed client. In a browser the session cookie is handled by the browser;
 * in Node the client keeps it itself, so scripts and tests sign in the same way.
 */
export class HiwarHttp {
  readonly baseUrl: string;
  memberToken: string | undefined;
  /** The session cookie, kept only where the runtime does not keep cookies (Node). */
  sessionCookie: string | undefined;

  constructor(options: HttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.memberToken = options.memberToken;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.sessionCookie) headers.cookie = this.sessionCookie;
    if (this.memberToken) headers.authorization = `Bearer ${this.memberToken}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    const setCookies = typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
    for (const header of setCookies) {
      const [pair] = header.split(';');
      if (pair?.startsWith(`${SESSION_COOKIE}=`)) {
        this.sessionCookie = pair.endsWith('=') || /max-age=0/i.test(header) ? undefined : pair;
      }
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const error = (data as { error?: WireError } | undefined)?.error;
      throw new HiwarError(error ?? { code: 'INTERNAL', message: `HTTP ${response.status}` }, response.status);
    }
    return data as T;
  }

  signUp(body: SignUpBody): Promise<{ account: Account }> {
    return this.request('POST', '/api/auth/sign-up', body);
  }
  signIn(body: SignInBody): Promise<{ account: Account }> {
    return this.request('POST', '/api/auth/sign-in', body);
  }
  signOut(): Promise<{ ok: true }> {
    return this.request('POST', '/api/auth/sign-out', {});
  }
  /** Ends every session of the account, this one included. */
  signOutEverywhere(): Promise<{ ended: number }> {
    return this.request('POST', '/api/auth/sign-out-everywhere', {});
  }
  async sessions(): Promise<SessionInfo[]> {
    return (await this.request<{ sessions: SessionInfo[] }>('GET', '/api/auth/sessions')).sessions;
  }
  revokeSession(sessionId: string): Promise<{ ok: true }> {
    return this.request('DELETE', `/api/auth/sessions/${encodeURIComponent(sessionId)}`);
  }
  /** Changes the password; other sessions end, this one goes on. */
  changePassword(body: ChangePasswordBody): Promise<{ account: Account }> {
    return this.request('POST', '/api/auth/password', body);
  }
  /** The signed-in account, or null. */
  async me(): Promise<Account | null> {
    return (await this.request<{ account: Account | null }>('GET', '/api/auth/me')).account;
  }
  async listMeetings(): Promise<MeetingSummary[]> {
    return (await this.request<{ meetings: MeetingSummary[] }>('GET', '/api/meetings')).meetings;
  }
  async createMeeting(details: MeetingDetailsInput, agenda: AgendaItemDraft[] = []): Promise<Meeting> {
    return (await this.request<{ meeting: Meeting }>('POST', '/api/meetings', { details, agenda })).meeting;
  }
  /** The meeting as the caller may see it. */
  getMeeting(meetingId: string): Promise<Snapshot> {
    return this.request('GET', `/api/meetings/${encodeURIComponent(meetingId)}`);
  }
  /** Sends one command over HTTP, for callers without a live connection. */
  async command(meetingId: string, body: CommandBody, commandId = newCommandId()): Promise<CommandAck> {
    return this.request('POST', `/api/meetings/${encodeURIComponent(meetingId)}/commands`, { ...body, commandId });
  }
  /** The meeting's open moderation log (desk only). */
  /** How long the meeting's raw data is kept and when the purge is due (those who run the meeting). */
  retention(meetingId: string): Promise<Retention> {
    return this.request('GET', `/api/meetings/${encodeURIComponent(meetingId)}/retention`);
  }
  /** Deletes the meeting and all its data, the report included (its owner only). */
  /** "Use as template": a new draft with the meeting's agenda, themes and settings, and none of its people or points. */
  async duplicateMeeting(meetingId: string, changes: DuplicateMeetingBody = {}): Promise<Meeting> {
    const path = `/api/meetings/${encodeURIComponent(meetingId)}/duplicate`;
    return (await this.request<{ meeting: Meeting }>('POST', path, changes)).meeting;
  }
  async deleteMeeting(meetingId: string): Promise<void> {
    await this.request('DELETE', `/api/meetings/${encodeURIComponent(meetingId)}`);
  }
  async moderationLog(
    meetingId: string,
  ): Promise<{ pointId: string; status: string; reason: string | null; at: number }[]> {
    const path = `/api/meetings/${encodeURIComponent(meetingId)}/moderation`;
    return (
      await this.request<{ entries: { pointId: string; status: string; reason: string | null; at: number }[] }>(
        'GET',
        path,
      )
    ).entries;
  }
  /** Earlier versions of a point (desk only). */
  async pointHistory(
    meetingId: string,
    pointId: string,
  ): Promise<{ text: string; themeIds: string[]; replacedAt: number }[]> {
    const path = `/api/meetings/${encodeURIComponent(meetingId)}/points/${encodeURIComponent(pointId)}/history`;
    return (await this.request<{ revisions: { text: string; themeIds: string[]; replacedAt: number }[] }>('GET', path))
      .revisions;
  }
  async joinInfo(code: string): Promise<JoinInfo> {
    return (await this.request<{ meeting: JoinInfo }>('GET', `/api/join/${encodeURIComponent(code)}`)).meeting;
  }
  /** Enters a meeting by its join code; the result's token becomes this client's credential. */
  async join(code: string, body: JoinBody): Promise<JoinResult> {
    const result = await this.request<JoinResult>('POST', `/api/join/${encodeURIComponent(code)}`, body);
    this.memberToken = result.memberToken;
    return result;
  }

  // The report desk (facilitator, co-facilitator, rapporteur).
  private reportPath(meetingId: string, rest = ''): string {
    return `/api/meetings/${encodeURIComponent(meetingId)}/report${rest}`;
  }
  /** The report, its reviews and what the Chatham House check found. */
  reportState(meetingId: string): Promise<ReportState> {
    return this.request('GET', this.reportPath(meetingId));
  }
  /** Creates the draft, or regenerates every section nobody has edited. */
  generateReport(meetingId: string, language?: Language): Promise<ReportState> {
    return this.request('POST', this.reportPath(meetingId, '/generate'), language ? { language } : {});
  }
  /** Saves a new version; refused with REPORT_VERSION_CONFLICT unless `baseVersion` is the current one. */
  saveReport(meetingId: string, baseVersion: number, document: ReportDocumentInput): Promise<ReportState> {
    return this.request('PUT', this.reportPath(meetingId), { baseVersion, document });
  }
  regenerateSection(meetingId: string, key: string, baseVersion: number): Promise<ReportState> {
    const path = this.reportPath(meetingId, `/sections/${encodeURIComponent(key)}/regenerate`);
    return this.request('POST', path, { baseVersion });
  }
  async reportVersions(meetingId: string): Promise<ReportVersion[]> {
    return (await this.request<{ versions: ReportVersion[] }>('GET', this.reportPath(meetingId, '/versions'))).versions;
  }
  async reportVersion(meetingId: string, version: number): Promise<ReportDocument> {
    const path = this.reportPath(meetingId, `/versions/${version}`);
    return (await this.request<{ document: ReportDocument }>('GET', path)).document;
  }
  restoreReportVersion(meetingId: string, version: number, baseVersion: number): Promise<ReportState> {
    return this.request('POST', this.reportPath(meetingId, `/versions/${version}/restore`), { baseVersion });
  }
  /** One review link per named presenter; creating them again keeps the existing ones. */
  createReviews(meetingId: string): Promise<ReportState> {
    return this.request('POST', this.reportPath(meetingId, '/reviews'));
  }
  /** Publishes the current version (facilitators); refused while the Chatham House check finds names. */
  publishReport(meetingId: string, baseVersion: number): Promise<ReportState> {
    return this.request('POST', this.reportPath(meetingId, '/publish'), { baseVersion });
  }
  /** Where an export is downloaded; a browser sends the session cookie with it. */
  exportUrl(meetingId: string, format: ExportFormat, options: { annexes?: boolean } = {}): string {
    return `${this.baseUrl}${this.reportPath(meetingId, `/export/${format}`)}${options.annexes ? '?annexes=1' : ''}`;
  }
  /**
   * An export as a file, for scripts and for clients that authenticate with a member token. It carries the
   * name the server gave it (the meeting's title and date), so a download link can use `file.name`.
   */
  async exportReport(meetingId: string, format: ExportFormat, options: { annexes?: boolean } = {}): Promise<File> {
    const headers: Record<string, string> = {};
    if (this.sessionCookie) headers.cookie = this.sessionCookie;
    if (this.memberToken) headers.authorization = `Bearer ${this.memberToken}`;
    const response = await fetch(this.exportUrl(meetingId, format, options), { headers, credentials: 'same-origin' });
    if (!response.ok) {
      const data = (await response.json().catch(() => undefined)) as { error?: WireError } | undefined;
      throw new HiwarError(data?.error ?? { code: 'INTERNAL', message: `HTTP ${response.status}` }, response.status);
    }
    const blob = await response.blob();
    const name = dispositionFileName(response.headers.get('content-disposition')) ?? `meeting.${format}`;
    return new File([blob], name, { type: blob.type });
  }
  /** A presenter's review page, reached with the token of their link. */
  reviewPage(token: string): Promise<ReviewPage> {
    return this.request('GET', `/api/review/${encodeURIComponent(token)}`);
  }
  reviewDecision(token: string, body: ReviewDecisionBody): Promise<ReviewPage> {
    return this.request('POST', `/api/review/${encodeURIComponent(token)}`, body);
  }
}

/**
 * The file name a Content-Disposition header gives: RFC 5987's filename*=UTF-8''… when present (an Arabic
 * title stays readable), else the plain filename="…"; null when there is neither. Path parts are dropped.
 */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const star = header.match(/filename\*\s*=\s*UTF-8''([^;\s]+)/i)?.[1];
  let name: string | undefined;
  if (star) {
    try {
      name = decodeURIComponent(star);
    } catch {
      name = undefined;
    }
  }
  name ??= header.match(/filename\s*=\s*"([^"]*)"/i)?.[1] ?? header.match(/filename\s*=\s*([^;\s]+)/i)?.[1];
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : null;
}
