import type { Actor, Decision, MeetingState as DomainState, PointLookups, Target, VoteLookups } from '@hiwar/domain';
import type {
  AgendaItem,
  BalanceCategory,
  Ballot,
  ErrorCode,
  Meeting,
  MeetingDetails,
  MeetingEvent,
  MeetingSummary,
  Member,
  MemberCategories,
  Point,
  PointsSettings,
  Queue,
  QueueSettings,
  ReportSettings,
  Role,
  Theme,
  Vote,
} from '@hiwar/protocol';
import type { AccountStore } from './account-store.js';
import type { ReportStore } from './report-store.js';
import type { RetentionStore } from './retention-store.js';

export type { AccountRecord } from './account-store.js';

/** The settings a meeting used as a template passes on: how it runs, never what was said in it. */
export interface MeetingTemplateSettings {
  queueSettings: QueueSettings;
  pointsSettings: PointsSettings;
  reportSettings: ReportSettings;
  themes: Theme[];
  waitingRoom: boolean;
  retentionDays: number | null;
}

export interface MemberRecord extends Member {
  meetingId: string;
  accountId: string | null;
  removedAt: number | null;
  /** In the waiting room: authenticated, but shown nothing and allowed nothing until admitted. */
  waiting: boolean;
  isOwner: boolean;
}

/** What a command's decision sees inside the store's transaction. */
export interface ModerationEntry {
  pointId: string;
  status: string;
  reason: string | null;
  at: number;
}

export interface PointRevision {
  text: string;
  themeIds: string[];
  replacedAt: number;
}

export interface Viewer {
  memberId: string;
  staff: boolean;
  desk: boolean;
}

export interface MeetingState {
  meeting: Meeting;
  agenda: AgendaItem[];
  members: Member[] | null;
  queue: Queue;
  points: Point[];
  myPointIds: string[];
  mySupportIds: string[];
  votes: Vote[];
  myBallots: { voteId: string; ballot: Ballot }[];
}

export interface DecisionInput extends DomainState {
  actor: Actor;
  findMember: (memberId: string) => Target | null;
  points: PointLookups;
  votes: VoteLookups;
}

export type AppendResult =
  | { ok: true; duplicate: false; events: MeetingEvent[]; seq: number }
  | { ok: true; duplicate: true; seq: number }
  | { ok: false; code: ErrorCode };

export interface VoteDeadline {
  meetingId: string;
  voteId: string;
  closesAt: number;
}

export interface NewMember {
  id: string;
  displayName: string;
  organisation: string | null;
  tokenHash: string;
  categories: MemberCategories;
  /** Agreed to be named in the report's internal participant list. */
  listedInReport?: boolean;
  /** Joins into the waiting room. */
  waiting?: boolean;
}

/**
 * Everything the server keeps. The SQLite implementation is the embedded default; a PostgreSQL one
 * satisfies the same interface. Sequence numbers are assigned inside the store's transactions.
 */
export interface Store {
  /** The rapporteur's report, its versions and reviews. */
  readonly reports: ReportStore;
  /** Facilitators' accounts and sessions. */
  readonly accounts: AccountStore;
  /** Retention periods, the purge, and deleting a meeting. */
  readonly retention: RetentionStore;

  createMeeting(input: {
    id: string;
    ownerAccountId: string;
    ownerMemberId: string;
    ownerName: string;
    joinCode: string;
    details: MeetingDetails;
    agenda: AgendaItem[];
    balanceCategories?: BalanceCategory[];
    /** A copy's settings, taken from the meeting it copies; a new meeting starts from the defaults. */
    settings?: MeetingTemplateSettings;
    now: number;
  }): Promise<Meeting>;
  listMeetingsForAccount(accountId: string): Promise<MeetingSummary[]>;
  findMeeting(meetingId: string): Promise<Meeting | null>;
  findMeetingByJoinCode(joinCode: string): Promise<Meeting | null>;
  /** A meeting's agenda in order, without the rest of its state. */
  loadAgenda(meetingId: string): Promise<AgendaItem[]>;
  /**
   * Everything a viewer starts from, read in one transaction so it agrees: the member list only for
   * staff, every point only for the desk, and the viewer's own points and supports.
   */
  loadMeetingState(meetingId: string, viewer: Viewer): Promise<MeetingState | null>;

  /**
   * For the report: per point, how many distinct people raised or supported it, merged originals
   * included and each person counted once (a desk capture counts its unnamed speaker once).
   */
  peoplePerPoint(meetingId: string): Promise<Record<string, number>>;
  /** The open moderation log of a meeting, oldest first. */
  moderationLog(meetingId: string): Promise<ModerationEntry[]>;
  /** Earlier versions of a point, oldest first; null when the point is not in this meeting. */
  pointHistory(meetingId: string, pointId: string): Promise<PointRevision[] | null>;

  findMemberById(meetingId: string, memberId: string): Promise<MemberRecord | null>;
  findMemberByToken(tokenHash: string): Promise<MemberRecord | null>;
  findMemberForAccount(meetingId: string, accountId: string): Promise<MemberRecord | null>;

  /**
   * Runs a command in one transaction: skips it if its id was applied before, otherwise decides it
   * against the current state, records the events with the meeting's next sequence numbers, and
   * applies them to the tables.
   */
  runCommand(
    meetingId: string,
    actorMemberId: string,
    commandId: string,
    /** Whether the actor's role may take this command at all; checked before the once-only check. */
    authorize: (role: Role) => boolean,
    decide: (input: DecisionInput) => Decision,
    now: number,
    /** What a command carries that no event may: a ballot, stored under the voter's one-way token. */
    secret?: { ballot?: { voteId: string; ballot: Ballot } },
  ): Promise<AppendResult>;
  /** Every open vote with a timer, across meetings: the server arms its timers from these at start. */
  voteDeadlines(): Promise<VoteDeadline[]>;
  /**
   * Closes a vote whose timer has run out at `now`, with its results, as the server and not as a member;
   * records nothing when the vote is gone, closed already or not yet due. Returns the recorded events.
   */
  closeVoteAtDeadline(meetingId: string, voteId: string, now: number): Promise<MeetingEvent[]>;
  /** Adds a person who joined by link, recording a member:joined event. */
  addMember(meetingId: string, member: NewMember, now: number): Promise<{ events: MeetingEvent[]; member: Member }>;
  /** Events after `afterSeq`, at most `limit`, in order. */
  eventsSince(meetingId: string, afterSeq: number, limit: number): Promise<MeetingEvent[]>;
  close(): Promise<void>;
}
