import { randomBytes } from 'node:crypto';
import { closeAtDeadline, type Decision, mergeRoot, type PointLookups, type VoteLookups } from '@hiwar/domain';
import {
  type AgendaItem,
  type Ballot,
  DEFAULT_POINTS_SETTINGS,
  DEFAULT_QUEUE_SETTINGS,
  DEFAULT_REPORT_SETTINGS,
  type Meeting,
  type MeetingEvent,
  type MeetingEventBody,
  type MeetingSummary,
  type Member,
  type Point,
  type Presenter,
  type Queue,
  type QueueEntry,
  type Role,
  type Theme,
  type Vote,
} from '@hiwar/protocol';
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, like, sql } from 'drizzle-orm';
import { openSqlite, type SqliteDb, truncateWal } from '../db/open.js';
import {
  agendaItems,
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
  revokedTokens,
  votes,
} from '../db/schema.js';
import { erasesContent, forLog } from './log-policy.js';
import { personToken } from './person-token.js';
import { SqliteAccountStore } from './sqlite-account-store.js';
import { hydrateLogged } from './sqlite-event-log.js';
import { SqliteReportStore } from './sqlite-report-store.js';
import { eraseMember, SqliteRetentionStore } from './sqlite-retention-store.js';
import type {
  AppendResult,
  DecisionInput,
  MeetingState,
  MemberRecord,
  ModerationEntry,
  NewMember,
  PointRevision,
  Store,
  Viewer,
  VoteDeadline,
} from './store.js';

type Tx = Parameters<Parameters<SqliteDb['transaction']>[0]>[0];
type MeetingRow = typeof meetings.$inferSelect;
type AgendaRow = typeof agendaItems.$inferSelect;
type MemberRow = typeof members.$inferSelect;
type QueueEntryRow = typeof queueEntries.$inferSelect;
type PointRow = typeof points.$inferSelect;
type VoteRow = typeof votes.$inferSelect;

const toMeeting = (row: MeetingRow): Meeting => ({
  id: row.id,
  joinCode: row.joinCode,
  lobby: { locked: row.locked, waitingRoom: row.waitingRoom },
  title: row.title,
  hostOrganisation: row.hostOrganisation,
  startsAt: row.startsAt,
  timeZone: row.timeZone,
  format: row.format,
  contentLanguage: row.contentLanguage,
  videoCallUrl: row.videoCallUrl,
  description: row.description,
  status: row.status,
  currentItemId: row.currentItemId,
  itemStartedAt: row.itemStartedAt,
  startedAt: row.startedAt,
  endedAt: row.endedAt,
  seq: row.seq,
  queueSettings: JSON.parse(row.queueSettings),
  balanceCategories: JSON.parse(row.balanceCategories),
  themes: JSON.parse(row.themes),
  // Settings added later (the cap on points a minute) take their default in meetings stored before them.
  pointsSettings: { ...DEFAULT_POINTS_SETTINGS, ...JSON.parse(row.pointsSettings) },
  reportSettings: { ...DEFAULT_REPORT_SETTINGS, ...JSON.parse(row.reportSettings) },
});

const toVote = (row: VoteRow): Vote => ({
  id: row.id,
  itemId: row.itemId,
  kind: row.kind,
  title: row.title,
  options: JSON.parse(row.options),
  dotsPerPerson: row.dotsPerPerson,
  allowStacking: row.allowStacking,
  scaleMin: row.scaleMin,
  scaleMax: row.scaleMax,
  allowOther: row.allowOther,
  liveResults: row.liveResults,
  named: row.named,
  status: row.status,
  openedAt: row.openedAt,
  turnout: row.turnout,
  closesAt: row.closesAt,
  closedAt: row.closedAt,
  results: row.results ? JSON.parse(row.results) : null,
});

const toPoint = (row: PointRow): Point => ({
  id: row.id,
  itemId: row.itemId,
  text: row.text,
  themeIds: JSON.parse(row.themeIds),
  status: row.status,
  reason: row.reason,
  source: row.source ? JSON.parse(row.source) : null,
  origin: row.origin,
  createdAt: row.createdAt,
  editedAt: row.editedAt,
  supportCount: row.supportCount,
  starred: row.starred,
  recommendation: row.recommendation,
  parkingLot: row.parkingLot ? JSON.parse(row.parkingLot) : null,
  mergedInto: row.mergedInto,
  form: row.form,
  addressee: row.addressee,
  identifying: row.identifying,
});

const toAgendaItem = (row: AgendaRow): AgendaItem => ({
  id: row.id,
  title: row.title,
  kind: row.kind,
  plannedMinutes: row.plannedMinutes,
  // Presenters stored before pronouns and talk titles existed take the defaults.
  presenters: (JSON.parse(row.presenters) as Partial<Presenter>[]).map((p) => ({
    name: '',
    title: '',
    organisation: '',
    pronoun: null,
    talkTitle: '',
    ...p,
  })),
  confidentiality: row.confidentiality,
  spentMs: row.spentMs,
  speakingLimitSeconds: row.speakingLimitSeconds,
});

const toMember = (row: MemberRow): Member => ({
  id: row.id,
  displayName: row.displayName,
  organisation: row.organisation,
  role: row.role,
  joinedAt: row.joinedAt,
  categories: JSON.parse(row.categories),
  turns: row.turns,
  floorMs: row.floorMs,
  ...(row.waiting ? { waiting: true } : {}),
});

const toQueueEntry = (row: QueueEntryRow): QueueEntry => ({
  id: row.id,
  memberId: row.memberId,
  name: row.name,
  kind: row.kind,
  raisedAt: row.raisedAt,
  priorTurns: row.priorTurns,
});

const agendaRow = (meetingId: string, item: AgendaItem, position: number): typeof agendaItems.$inferInsert => ({
  id: item.id,
  meetingId,
  position,
  title: item.title,
  kind: item.kind,
  plannedMinutes: item.plannedMinutes,
  presenters: JSON.stringify(item.presenters),
  confidentiality: item.confidentiality,
  spentMs: item.spentMs,
  speakingLimitSeconds: item.speakingLimitSeconds,
});

/** Who acts, as far as storage may know: their one-way token for points and supports. */
interface ActorContext {
  actorToken: string | null;
}

/** The embedded store: one SQLite file, synchronous transactions behind an async interface. */
export class SqliteStore implements Store {
  private readonly db: SqliteDb;
  private readonly closeDb: () => void;
  readonly reports: SqliteReportStore;
  readonly accounts: SqliteAccountStore;
  readonly retention: SqliteRetentionStore;
  private readonly truncateWal: () => void;

  constructor(file: string) {
    const { db, sqlite } = openSqlite(file);
    this.db = db;
    this.truncateWal = () => truncateWal(sqlite);
    this.reports = new SqliteReportStore(db);
    this.accounts = new SqliteAccountStore(db);
    this.retention = new SqliteRetentionStore(db, this.truncateWal);
    this.closeDb = () => sqlite.close();
  }

  async createMeeting(input: Parameters<Store['createMeeting']>[0]): Promise<Meeting> {
    return this.db.transaction((tx) => {
      const d = input.details;
      const row = tx
        .insert(meetings)
        .values({
          id: input.id,
          ownerAccountId: input.ownerAccountId,
          joinCode: input.joinCode,
          title: d.title,
          hostOrganisation: d.hostOrganisation,
          startsAt: d.startsAt,
          timeZone: d.timeZone,
          format: d.format,
          contentLanguage: d.contentLanguage,
          videoCallUrl: d.videoCallUrl,
          description: d.description,
          queueSettings: JSON.stringify(input.settings?.queueSettings ?? DEFAULT_QUEUE_SETTINGS),
          pointKey: randomBytes(32).toString('base64url'),
          balanceCategories: JSON.stringify(input.balanceCategories ?? []),
          createdAt: input.now,
          ...(input.settings
            ? {
                themes: JSON.stringify(input.settings.themes),
                pointsSettings: JSON.stringify(input.settings.pointsSettings),
                reportSettings: JSON.stringify(input.settings.reportSettings),
                waitingRoom: input.settings.waitingRoom,
                retentionDays: input.settings.retentionDays,
              }
            : {}),
        })
        .returning()
        .get();
      tx.insert(members)
        .values({
          id: input.ownerMemberId,
          meetingId: input.id,
          accountId: input.ownerAccountId,
          displayName: input.ownerName,
          role: 'facilitator',
          joinedAt: input.now,
        })
        .run();
      input.agenda.forEach((item, position) => {
        tx.insert(agendaItems)
          .values(agendaRow(input.id, item, position))
          .run();
      });
      return toMeeting(row);
    });
  }

  async listMeetingsForAccount(accountId: string): Promise<MeetingSummary[]> {
    const rows = this.db
      .select({ meeting: meetings, role: members.role })
      .from(members)
      .innerJoin(meetings, eq(meetings.id, members.meetingId))
      .where(and(eq(members.accountId, accountId), isNull(members.removedAt)))
      .orderBy(desc(meetings.startsAt))
      .all();
    return rows.map(({ meeting, role }) => ({
      id: meeting.id,
      title: meeting.title,
      hostOrganisation: meeting.hostOrganisation,
      startsAt: meeting.startsAt,
      timeZone: meeting.timeZone,
      format: meeting.format,
      status: meeting.status,
      startedAt: meeting.startedAt,
      endedAt: meeting.endedAt,
      joinCode: meeting.joinCode,
      role,
    }));
  }

  async findMeeting(meetingId: string): Promise<Meeting | null> {
    const row = this.db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
    return row ? toMeeting(row) : null;
  }

  async findMeetingByJoinCode(joinCode: string): Promise<Meeting | null> {
    const row = this.db.select().from(meetings).where(eq(meetings.joinCode, joinCode)).get();
    return row ? toMeeting(row) : null;
  }

  async loadAgenda(meetingId: string): Promise<AgendaItem[]> {
    return this.agendaIn(this.db, meetingId);
  }

  private agendaIn(db: SqliteDb | Tx, meetingId: string): AgendaItem[] {
    return db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId))
      .orderBy(asc(agendaItems.position))
      .all()
      .map(toAgendaItem);
  }

  async loadMeetingState(meetingId: string, viewer: Viewer): Promise<MeetingState | null> {
    return this.db.transaction((tx) => {
      const row = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
      if (!row) return null;
      const token = row.pointKey ? personToken(row.pointKey, 'points', viewer.memberId) : null;
      const all = tx.select().from(points).where(eq(points.meetingId, meetingId)).orderBy(asc(points.createdAt)).all();
      const mine = new Set(all.filter((p) => token !== null && p.authorToken === token).map((p) => p.id));
      const visible = all.filter((p) => viewer.desk || p.status === 'published' || mine.has(p.id));
      const supported = token
        ? tx
            .select({ pointId: pointSupports.pointId })
            .from(pointSupports)
            .innerJoin(points, eq(points.id, pointSupports.pointId))
            .where(and(eq(points.meetingId, meetingId), eq(pointSupports.token, token)))
            .all()
            .map((r) => r.pointId)
        : [];
      const voteRows = tx.select().from(votes).where(eq(votes.meetingId, meetingId)).orderBy(asc(votes.openedAt)).all();
      const key = row.pointKey;
      const myBallots = key
        ? voteRows.flatMap((v) => {
            const mine = tx
              .select({ ballot: ballots.ballot })
              .from(ballots)
              .where(
                and(
                  eq(ballots.voteId, v.id),
                  eq(ballots.voterToken, personToken(key, `vote:${v.id}`, viewer.memberId)),
                ),
              )
              .get();
            return mine ? [{ voteId: v.id, ballot: JSON.parse(mine.ballot) }] : [];
          })
        : [];
      return {
        meeting: toMeeting(row),
        agenda: this.agendaIn(tx, meetingId),
        members: viewer.staff ? this.membersIn(tx, meetingId) : null,
        queue: this.queueIn(tx, row),
        points: visible.map(toPoint),
        myPointIds: [...mine],
        mySupportIds: supported,
        votes: voteRows.map(toVote),
        myBallots,
      };
    });
  }

  /** The meeting's key for one-way person tokens, made on first use. */
  private pointKeyOf(tx: Tx, meetingId: string): string {
    const row = tx.select({ key: meetings.pointKey }).from(meetings).where(eq(meetings.id, meetingId)).get();
    if (row?.key) return row.key;
    const key = randomBytes(32).toString('base64url');
    tx.update(meetings).set({ pointKey: key }).where(eq(meetings.id, meetingId)).run();
    return key;
  }

  private voteLookups(tx: Tx, meetingId: string, key: string, actorId: string, points: PointLookups): VoteLookups {
    return {
      findVote: (voteId) => {
        const row = tx
          .select()
          .from(votes)
          .where(and(eq(votes.id, voteId), eq(votes.meetingId, meetingId)))
          .get();
        return row ? toVote(row) : null;
      },
      myBallot: (voteId) => {
        const row = tx
          .select({ ballot: ballots.ballot })
          .from(ballots)
          .where(and(eq(ballots.voteId, voteId), eq(ballots.voterToken, personToken(key, `vote:${voteId}`, actorId))))
          .get();
        return row ? JSON.parse(row.ballot) : null;
      },
      ballots: (voteId) =>
        tx
          .select({ ballot: ballots.ballot, name: ballots.voterName })
          .from(ballots)
          .where(eq(ballots.voteId, voteId))
          .all()
          .map((b) => ({ ballot: JSON.parse(b.ballot), name: b.name })),
      findPoint: points.findPoint,
      openVotes: () =>
        tx
          .select()
          .from(votes)
          .where(and(eq(votes.meetingId, meetingId), eq(votes.status, 'open')))
          .all()
          .map(toVote),
    };
  }

  private pointLookups(tx: Tx, meetingId: string, actorToken: string): PointLookups {
    const findRow = (pointId: string) =>
      tx
        .select()
        .from(points)
        .where(and(eq(points.id, pointId), eq(points.meetingId, meetingId)))
        .get();
    return {
      findPoint: (pointId) => {
        const row = findRow(pointId);
        return row ? toPoint(row) : null;
      },
      hasSupported: (pointId) =>
        tx
          .select({ token: pointSupports.token })
          .from(pointSupports)
          .where(and(eq(pointSupports.pointId, pointId), eq(pointSupports.token, actorToken)))
          .get() !== undefined,
      mergedSupportCount: (targetId, sourceIds) =>
        new Set(
          tx
            .select({ token: pointSupports.token })
            .from(pointSupports)
            .where(inArray(pointSupports.pointId, [targetId, ...sourceIds]))
            .all()
            .map((r) => r.token),
        ).size,
      organisationOf: (memberId) =>
        tx
          .select({ organisation: members.organisation })
          .from(members)
          .where(and(eq(members.id, memberId), eq(members.meetingId, meetingId)))
          .get()?.organisation ?? null,
      pointsSentSince: (since) =>
        tx
          .select({ n: sql<number>`count(*)` })
          .from(points)
          .where(and(eq(points.meetingId, meetingId), eq(points.authorToken, actorToken), gte(points.createdAt, since)))
          .get()?.n ?? 0,
    };
  }

  private queueIn(db: SqliteDb | Tx, meeting: MeetingRow): Queue {
    const entries = db
      .select()
      .from(queueEntries)
      .where(eq(queueEntries.meetingId, meeting.id))
      .orderBy(asc(queueEntries.position))
      .all()
      .map(toQueueEntry);
    return { status: meeting.queueStatus, entries, floor: meeting.floor ? JSON.parse(meeting.floor) : null };
  }

  private membersIn(db: SqliteDb | Tx, meetingId: string): Member[] {
    return db
      .select()
      .from(members)
      .where(and(eq(members.meetingId, meetingId), isNull(members.removedAt)))
      .orderBy(asc(members.joinedAt))
      .all()
      .map(toMember);
  }

  /** Ids of the people in the waiting room, in the order they arrived. */
  private waitingIn(db: SqliteDb | Tx, meetingId: string): string[] {
    return db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.meetingId, meetingId), eq(members.waiting, true), isNull(members.removedAt)))
      .orderBy(asc(members.joinedAt))
      .all()
      .map((r) => r.id);
  }

  private memberRecord(db: SqliteDb | Tx, row: MemberRow | undefined): MemberRecord | null {
    if (!row) return null;
    const meeting = db
      .select({ owner: meetings.ownerAccountId })
      .from(meetings)
      .where(eq(meetings.id, row.meetingId))
      .get();
    return {
      ...toMember(row),
      meetingId: row.meetingId,
      accountId: row.accountId,
      removedAt: row.removedAt,
      waiting: row.waiting,
      isOwner: row.accountId !== null && meeting?.owner === row.accountId && row.role === 'facilitator',
    };
  }

  async peoplePerPoint(meetingId: string): Promise<Record<string, number>> {
    return this.db.transaction((tx) => {
      const rows = tx
        .select({ id: points.id, author: points.authorToken, origin: points.origin, mergedInto: points.mergedInto })
        .from(points)
        .where(eq(points.meetingId, meetingId))
        .all();
      const supports = tx
        .select({ pointId: pointSupports.pointId, token: pointSupports.token })
        .from(pointSupports)
        .innerJoin(points, eq(points.id, pointSupports.pointId))
        .where(eq(points.meetingId, meetingId))
        .all();
      // Follow merges to the point that absorbed them.
      const parent = new Map(rows.map((r) => [r.id, r.mergedInto]));
      const root = (id: string) => mergeRoot(parent, id);
      const people = new Map<string, Set<string>>();
      const unnamed = new Map<string, number>();
      const add = (id: string, token: string) => {
        const set = people.get(id) ?? new Set<string>();
        set.add(token);
        people.set(id, set);
      };
      for (const r of rows) {
        const target = root(r.id);
        if (r.author) add(target, r.author);
        else unnamed.set(target, (unnamed.get(target) ?? 0) + 1);
      }
      for (const s of supports) add(root(s.pointId), s.token);
      const result: Record<string, number> = {};
      for (const r of rows) {
        if (r.mergedInto) continue;
        result[r.id] = (people.get(r.id)?.size ?? 0) + (unnamed.get(r.id) ?? 0);
      }
      return result;
    });
  }

  async moderationLog(meetingId: string): Promise<ModerationEntry[]> {
    return this.db
      .select({
        pointId: moderationLog.pointId,
        status: moderationLog.status,
        reason: moderationLog.reason,
        at: moderationLog.at,
      })
      .from(moderationLog)
      .where(eq(moderationLog.meetingId, meetingId))
      .orderBy(asc(moderationLog.id))
      .all();
  }

  async pointHistory(meetingId: string, pointId: string): Promise<PointRevision[] | null> {
    const point = this.db
      .select({ id: points.id })
      .from(points)
      .where(and(eq(points.id, pointId), eq(points.meetingId, meetingId)))
      .get();
    if (!point) return null;
    return this.db
      .select()
      .from(pointRevisions)
      .where(eq(pointRevisions.pointId, pointId))
      .orderBy(asc(pointRevisions.id))
      .all()
      .map((r) => ({ text: r.text, themeIds: JSON.parse(r.themeIds), replacedAt: r.replacedAt }));
  }

  async findMemberById(meetingId: string, memberId: string): Promise<MemberRecord | null> {
    const row = this.db
      .select()
      .from(members)
      .where(and(eq(members.id, memberId), eq(members.meetingId, meetingId)))
      .get();
    return this.memberRecord(this.db, row);
  }

  async findMemberByToken(tokenHash: string): Promise<MemberRecord | null> {
    const found = this.memberRecord(
      this.db,
      this.db.select().from(members).where(eq(members.tokenHash, tokenHash)).get(),
    );
    if (found) return found;
    // A removed person's credential, kept apart from their (erased) row: they are told they were removed.
    const revoked = this.db.select().from(revokedTokens).where(eq(revokedTokens.tokenHash, tokenHash)).get();
    if (!revoked) return null;
    return {
      id: 'removed',
      meetingId: revoked.meetingId,
      accountId: null,
      removedAt: revoked.revokedAt,
      isOwner: false,
      displayName: '',
      organisation: null,
      role: 'participant',
      joinedAt: revoked.revokedAt,
      categories: {},
      turns: 0,
      floorMs: 0,
      waiting: false,
    };
  }

  async findMemberForAccount(meetingId: string, accountId: string): Promise<MemberRecord | null> {
    const row = this.db
      .select()
      .from(members)
      .where(and(eq(members.meetingId, meetingId), eq(members.accountId, accountId)))
      .get();
    return this.memberRecord(this.db, row);
  }

  async runCommand(
    meetingId: string,
    actorMemberId: string,
    commandId: string,
    authorize: (role: Role) => boolean,
    decide: (input: DecisionInput) => Decision,
    now: number,
    secret: { ballot?: { voteId: string; ballot: Ballot } } = {},
  ): Promise<AppendResult> {
    const result = this.db.transaction(
      (tx): AppendResult => {
        const meetingRow = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
        if (!meetingRow) return { ok: false, code: 'MEETING_NOT_FOUND' };
        const actor = this.memberRecord(
          tx,
          tx
            .select()
            .from(members)
            .where(and(eq(members.id, actorMemberId), eq(members.meetingId, meetingId)))
            .get(),
        );
        if (!actor) return { ok: false, code: 'MEMBER_NOT_FOUND' };
        if (actor.removedAt !== null) return { ok: false, code: 'MEMBER_REMOVED' };
        if (actor.waiting) return { ok: false, code: 'MEMBER_WAITING' };
        if (!authorize(actor.role)) return { ok: false, code: 'FORBIDDEN' };
        const key = this.pointKeyOf(tx, meetingId);
        // A receipt answers only its own sender: another person's reuse of the id is a new command.
        const senderToken = personToken(key, 'commands', actor.id);
        const receipt = tx
          .select({ seq: commandReceipts.seq })
          .from(commandReceipts)
          .where(
            and(
              eq(commandReceipts.meetingId, meetingId),
              eq(commandReceipts.senderToken, senderToken),
              eq(commandReceipts.commandId, commandId),
            ),
          )
          .get();
        if (receipt) return { ok: true, duplicate: true, seq: receipt.seq };
        const meeting = toMeeting(meetingRow);
        const actorToken = personToken(key, 'points', actor.id);
        const pointLookups = this.pointLookups(tx, meetingId, actorToken);
        const decision = decide({
          points: pointLookups,
          votes: this.voteLookups(tx, meetingId, key, actor.id, pointLookups),
          meeting,
          agenda: this.agendaIn(tx, meetingId),
          queue: this.queueIn(tx, meetingRow),
          lobby: meeting.lobby,
          waitingMemberIds: this.waitingIn(tx, meetingId),
          actor: {
            memberId: actor.id,
            role: actor.role,
            displayName: actor.displayName,
            turns: actor.turns,
            isOwner: actor.isOwner,
          },
          findMember: (memberId) => {
            const row = tx
              .select()
              .from(members)
              .where(and(eq(members.id, memberId), eq(members.meetingId, meetingId), isNull(members.removedAt)))
              .get();
            const record = this.memberRecord(tx, row);
            return record ? { member: toMember(row as MemberRow), isOwner: record.isOwner } : null;
          },
        });
        if (!decision.ok) return { ok: false, code: decision.code };
        if (secret.ballot) this.storeBallot(tx, key, actor, secret.ballot);
        const stamped = this.record(tx, meetingId, meeting.seq, decision.events, now, { actorToken });
        const seq = meeting.seq + stamped.length;
        tx.insert(commandReceipts).values({ meetingId, senderToken, commandId, seq, createdAt: now }).run();
        return { ok: true, duplicate: false, events: stamped, seq };
      },
      { behavior: 'immediate' },
    );
    if (result.ok && !result.duplicate && result.events.some(erasesContent)) this.truncateWal();
    return result;
  }

  async voteDeadlines(): Promise<VoteDeadline[]> {
    return this.db
      .select({ meetingId: votes.meetingId, voteId: votes.id, closesAt: votes.closesAt })
      .from(votes)
      .where(and(eq(votes.status, 'open'), isNotNull(votes.closesAt)))
      .all()
      .map((row) => ({ ...row, closesAt: row.closesAt ?? 0 }));
  }

  async closeVoteAtDeadline(meetingId: string, voteId: string, now: number): Promise<MeetingEvent[]> {
    return this.db.transaction(
      (tx) => {
        const meeting = tx.select({ seq: meetings.seq }).from(meetings).where(eq(meetings.id, meetingId)).get();
        const row = tx
          .select()
          .from(votes)
          .where(and(eq(votes.id, voteId), eq(votes.meetingId, meetingId)))
          .get();
        if (!meeting || !row) return [];
        const cast = tx
          .select({ ballot: ballots.ballot, name: ballots.voterName })
          .from(ballots)
          .where(eq(ballots.voteId, voteId))
          .all()
          .map((b) => ({ ballot: JSON.parse(b.ballot), name: b.name }));
        // Decided inside the transaction: a close by hand a moment earlier leaves nothing to do.
        return this.record(tx, meetingId, meeting.seq, closeAtDeadline(toVote(row), cast, now), now);
      },
      { behavior: 'immediate' },
    );
  }

  async addMember(meetingId: string, member: NewMember, now: number) {
    return this.db.transaction(
      (tx) => {
        const meeting = tx.select({ seq: meetings.seq }).from(meetings).where(eq(meetings.id, meetingId)).get();
        if (!meeting) throw new Error('meeting vanished while joining');
        tx.insert(members)
          .values({
            id: member.id,
            meetingId,
            displayName: member.displayName,
            organisation: member.organisation,
            tokenHash: member.tokenHash,
            role: 'participant',
            joinedAt: now,
            categories: JSON.stringify(member.categories),
            listedInReport: member.listedInReport ?? false,
            waiting: member.waiting ?? false,
          })
          .run();
        const joined: Member = {
          id: member.id,
          displayName: member.displayName,
          organisation: member.organisation,
          role: 'participant',
          joinedAt: now,
          categories: member.categories,
          turns: 0,
          floorMs: 0,
          ...(member.waiting ? { waiting: true } : {}),
        };
        const stamped = this.record(tx, meetingId, meeting.seq, [{ type: 'member:joined', member: joined }], now);
        return { events: stamped, member: joined };
      },
      { behavior: 'immediate' },
    );
  }

  /** Stamps events with the next sequence numbers, stores them, and applies them to the tables. */
  private record(
    tx: Tx,
    meetingId: string,
    lastSeq: number,
    bodies: MeetingEventBody[],
    now: number,
    actorContext: ActorContext = { actorToken: null },
  ) {
    const stamped = bodies.map((body, i) => ({ ...body, seq: lastSeq + i + 1, at: now }) as MeetingEvent);
    for (const event of stamped) {
      const { seq, at, type, ...rest } = forLog(event);
      tx.insert(events)
        .values({ meetingId, seq, at, type, body: JSON.stringify(rest) })
        .run();
      this.project(tx, meetingId, event, actorContext);
    }
    if (stamped.length > 0) {
      tx.update(meetings)
        .set({ seq: lastSeq + stamped.length })
        .where(eq(meetings.id, meetingId))
        .run();
    }
    return stamped;
  }

  /** Applies one event to the tables that hold the meeting's current state. */
  /**
   * Applies one event to the tables that hold the meeting's current state. `actorToken` is the acting
   * person's one-way token: it marks their own points and supports and is never in an event.
   */
  private project(tx: Tx, meetingId: string, event: MeetingEvent, actorContext: ActorContext) {
    const { actorToken } = actorContext;
    const setItemSpent = (itemId: string | null, spentMs: number) => {
      if (itemId) tx.update(agendaItems).set({ spentMs }).where(eq(agendaItems.id, itemId)).run();
    };
    const inMeeting = eq(meetings.id, meetingId);
    switch (event.type) {
      case 'meeting:updated': {
        const d = Object.fromEntries(Object.entries(event.details).filter(([, v]) => v !== undefined));
        if (Object.keys(d).length > 0) tx.update(meetings).set(d).where(inMeeting).run();
        return;
      }
      case 'meeting:started':
        tx.update(meetings)
          .set({
            status: 'live',
            startedAt: event.at,
            currentItemId: event.currentItemId,
            itemStartedAt: event.itemStartedAt,
          })
          .where(inMeeting)
          .run();
        return;
      case 'meeting:ended':
        setItemSpent(event.lastItemId, event.lastItemSpentMs);
        tx.update(meetings).set({ status: 'ended', endedAt: event.at, itemStartedAt: null }).where(inMeeting).run();
        return;
      case 'agenda:item-added': {
        const last = tx
          .select({ position: agendaItems.position })
          .from(agendaItems)
          .where(eq(agendaItems.meetingId, meetingId))
          .orderBy(desc(agendaItems.position))
          .get();
        tx.insert(agendaItems)
          .values(agendaRow(meetingId, event.item, (last?.position ?? -1) + 1))
          .run();
        return;
      }
      case 'agenda:item-updated': {
        const { id, ...item } = event.item;
        if (item.confidentiality !== 'on-record') this.forgetNames(tx, meetingId, id);
        tx.update(agendaItems)
          .set({ ...item, presenters: JSON.stringify(item.presenters) })
          .where(and(eq(agendaItems.id, id), eq(agendaItems.meetingId, meetingId)))
          .run();
        return;
      }
      case 'agenda:item-removed':
        tx.delete(agendaItems)
          .where(and(eq(agendaItems.id, event.itemId), eq(agendaItems.meetingId, meetingId)))
          .run();
        return;
      case 'agenda:reordered':
        event.itemIds.forEach((id, position) => {
          tx.update(agendaItems)
            .set({ position })
            .where(and(eq(agendaItems.id, id), eq(agendaItems.meetingId, meetingId)))
            .run();
        });
        return;
      case 'agenda:advanced':
        setItemSpent(event.fromItemId, event.fromItemSpentMs);
        tx.update(meetings)
          .set({ currentItemId: event.currentItemId, itemStartedAt: event.itemStartedAt })
          .where(inMeeting)
          .run();
        return;
      case 'member:role-changed':
        tx.update(members)
          .set({ role: event.role })
          .where(and(eq(members.id, event.memberId), eq(members.meetingId, meetingId)))
          .run();
        return;
      case 'member:removed':
        tx.update(members)
          .set({ removedAt: event.at })
          .where(and(eq(members.id, event.memberId), eq(members.meetingId, meetingId)))
          .run();
        eraseMember(tx, meetingId, event.memberId, this.pointKeyOf(tx, meetingId), event.at);
        return;
      case 'meeting:retention-changed':
        tx.update(meetings).set({ retentionDays: event.retentionDays }).where(inMeeting).run();
        return;
      case 'meeting:report-settings-changed':
        tx.update(meetings)
          .set({ reportSettings: JSON.stringify(event.settings) })
          .where(inMeeting)
          .run();
        return;
      case 'member:admitted':
        for (const memberId of event.memberIds) {
          tx.update(members)
            .set({ waiting: false })
            .where(and(eq(members.id, memberId), eq(members.meetingId, meetingId)))
            .run();
        }
        return;
      case 'meeting:lobby-changed':
        tx.update(meetings).set(event.lobby).where(inMeeting).run();
        return;
      case 'meeting:join-code-rotated':
        tx.update(meetings).set({ joinCode: event.joinCode }).where(inMeeting).run();
        return;
      case 'member:categories-changed':
        tx.update(members)
          .set({ categories: JSON.stringify(event.categories) })
          .where(and(eq(members.id, event.memberId), eq(members.meetingId, meetingId)))
          .run();
        return;
      case 'meeting:categories-changed':
        tx.update(meetings)
          .set({ balanceCategories: JSON.stringify(event.categories) })
          .where(inMeeting)
          .run();
        return;
      case 'queue:hand-raised':
        this.insertQueueEntry(tx, meetingId, event.entry, event.position);
        return;
      case 'queue:entry-removed':
        tx.delete(queueEntries)
          .where(and(eq(queueEntries.id, event.entryId), eq(queueEntries.meetingId, meetingId)))
          .run();
        return;
      case 'queue:reordered':
        this.renumberQueue(tx, meetingId, event.entryIds);
        return;
      case 'queue:settings-changed':
        tx.update(meetings)
          .set({ queueSettings: JSON.stringify(event.settings) })
          .where(inMeeting)
          .run();
        this.renumberQueue(tx, meetingId, event.entryIds);
        return;
      case 'queue:floor-given':
        if (event.entryId) {
          tx.delete(queueEntries)
            .where(and(eq(queueEntries.id, event.entryId), eq(queueEntries.meetingId, meetingId)))
            .run();
        }
        tx.update(meetings)
          .set({ floor: JSON.stringify(event.floor) })
          .where(inMeeting)
          .run();
        if (event.floor.memberId) {
          tx.update(members)
            .set({ turns: sql`${members.turns} + 1` })
            .where(and(eq(members.id, event.floor.memberId), eq(members.meetingId, meetingId)))
            .run();
        }
        return;
      case 'queue:turn-ended':
        tx.update(meetings).set({ floor: null }).where(inMeeting).run();
        if (event.memberId) {
          tx.update(members)
            .set({ floorMs: sql`${members.floorMs} + ${event.floorMs}` })
            .where(and(eq(members.id, event.memberId), eq(members.meetingId, meetingId)))
            .run();
        }
        return;
      case 'queue:status-changed':
        tx.update(meetings).set({ queueStatus: event.status }).where(inMeeting).run();
        return;
      case 'queue:cleared':
        tx.delete(queueEntries).where(eq(queueEntries.meetingId, meetingId)).run();
        return;
      case 'theme:added': {
        const current = this.themesOf(tx, meetingId);
        this.setThemes(tx, meetingId, [...current, ...event.themes]);
        return;
      }
      case 'theme:updated':
        this.setThemes(
          tx,
          meetingId,
          this.themesOf(tx, meetingId).map((t) => (t.id === event.theme.id ? event.theme : t)),
        );
        return;
      case 'theme:reordered': {
        const byId = new Map(this.themesOf(tx, meetingId).map((t) => [t.id, t]));
        this.setThemes(
          tx,
          meetingId,
          event.themeIds.flatMap((id) => byId.get(id) ?? []),
        );
        return;
      }
      case 'theme:merged':
      case 'theme:removed': {
        const gone = event.type === 'theme:merged' ? event.sourceId : event.themeId;
        const replacement = event.type === 'theme:merged' ? event.targetId : null;
        this.setThemes(
          tx,
          meetingId,
          this.themesOf(tx, meetingId).filter((t) => t.id !== gone),
        );
        const tagged = tx
          .select({ id: points.id, themeIds: points.themeIds })
          .from(points)
          .where(and(eq(points.meetingId, meetingId), like(points.themeIds, `%"${gone}"%`)))
          .all();
        for (const row of tagged) {
          const kept = (JSON.parse(row.themeIds) as string[]).filter((id) => id !== gone);
          if (replacement && !kept.includes(replacement)) kept.push(replacement);
          tx.update(points)
            .set({ themeIds: JSON.stringify(kept) })
            .where(eq(points.id, row.id))
            .run();
        }
        return;
      }
      case 'points:settings-changed':
        tx.update(meetings)
          .set({ pointsSettings: JSON.stringify(event.settings) })
          .where(inMeeting)
          .run();
        return;
      case 'point:submitted': {
        const p = event.point;
        tx.insert(points)
          .values({
            id: p.id,
            meetingId,
            itemId: p.itemId,
            text: p.text,
            themeIds: JSON.stringify(p.themeIds),
            status: p.status,
            reason: p.reason,
            source: p.source ? JSON.stringify(p.source) : null,
            origin: p.origin,
            // Only a participant's own point is recognisable to them; a desk capture belongs to nobody.
            authorToken: p.origin === 'participant' ? actorToken : null,
            createdAt: p.createdAt,
          })
          .run();
        return;
      }
      case 'point:edited': {
        const before = tx.select().from(points).where(eq(points.id, event.point.id)).get();
        // An earlier version is earlier wording: retagging a point keeps its words, so it adds none.
        if (before && before.text !== event.point.text) {
          tx.insert(pointRevisions)
            .values({ pointId: before.id, text: before.text, themeIds: before.themeIds, replacedAt: event.at })
            .run();
        }
        tx.update(points)
          .set({
            text: event.point.text,
            themeIds: JSON.stringify(event.point.themeIds),
            editedAt: event.point.editedAt,
          })
          .where(and(eq(points.id, event.point.id), eq(points.meetingId, meetingId)))
          .run();
        return;
      }
      case 'point:moderated':
        tx.update(points)
          .set({ status: event.status, reason: event.reason })
          .where(and(eq(points.id, event.pointId), eq(points.meetingId, meetingId)))
          .run();
        tx.insert(moderationLog)
          .values({ meetingId, pointId: event.pointId, status: event.status, reason: event.reason, at: event.at })
          .run();
        return;
      case 'point:support-changed': {
        const before = tx.select({ count: points.supportCount }).from(points).where(eq(points.id, event.pointId)).get();
        // The decision moved the count by one: up is the actor's support, down its withdrawal.
        if (actorToken && before && event.supportCount > before.count) {
          tx.insert(pointSupports).values({ pointId: event.pointId, token: actorToken }).onConflictDoNothing().run();
        } else if (actorToken) {
          tx.delete(pointSupports)
            .where(and(eq(pointSupports.pointId, event.pointId), eq(pointSupports.token, actorToken)))
            .run();
        }
        tx.update(points).set({ supportCount: event.supportCount }).where(eq(points.id, event.pointId)).run();
        return;
      }
      case 'point:merged': {
        const tokens = tx
          .select({ token: pointSupports.token })
          .from(pointSupports)
          .where(inArray(pointSupports.pointId, event.sourceIds))
          .all();
        for (const { token } of tokens) {
          tx.insert(pointSupports).values({ pointId: event.targetId, token }).onConflictDoNothing().run();
        }
        tx.update(points)
          .set({ status: 'merged', mergedInto: event.targetId })
          .where(and(inArray(points.id, event.sourceIds), eq(points.meetingId, meetingId)))
          .run();
        tx.update(points).set({ supportCount: event.supportCount }).where(eq(points.id, event.targetId)).run();
        return;
      }
      case 'point:marked':
        tx.update(points)
          .set({
            starred: event.starred,
            recommendation: event.recommendation,
            parkingLot: event.parkingLot ? JSON.stringify(event.parkingLot) : null,
            form: event.form,
            addressee: event.addressee,
            identifying: event.identifying,
          })
          .where(and(eq(points.id, event.pointId), eq(points.meetingId, meetingId)))
          .run();
        return;
      case 'vote:opened': {
        const v = event.vote;
        tx.insert(votes)
          .values({ ...v, meetingId, options: JSON.stringify(v.options), results: null })
          .run();
        return;
      }
      case 'vote:results-updated':
        tx.update(votes)
          .set({ results: JSON.stringify(event.results) })
          .where(eq(votes.id, event.voteId))
          .run();
        return;
      case 'vote:reopened':
        tx.update(votes)
          .set({
            status: 'open',
            closedAt: null,
            closesAt: null,
            results: event.results ? JSON.stringify(event.results) : null,
          })
          .where(and(eq(votes.id, event.voteId), eq(votes.meetingId, meetingId)))
          .run();
        return;
      case 'vote:deleted':
        tx.delete(ballots).where(eq(ballots.voteId, event.voteId)).run();
        tx.delete(votes)
          .where(and(eq(votes.id, event.voteId), eq(votes.meetingId, meetingId)))
          .run();
        return;
      case 'vote:turnout':
        tx.update(votes).set({ turnout: event.turnout }).where(eq(votes.id, event.voteId)).run();
        return;
      case 'vote:closed':
        tx.update(votes)
          .set({ status: 'closed', closedAt: event.at, results: JSON.stringify(event.results) })
          .where(eq(votes.id, event.voteId))
          .run();
        return;
      case 'member:joined':
      case 'sequence:withheld':
        return;
    }
  }

  /**
   * An item that leaves the record keeps no names: sources of its points, named votes and their voters go.
   */
  private forgetNames(tx: Tx, meetingId: string, itemId: string) {
    tx.update(points)
      .set({ source: null })
      .where(and(eq(points.meetingId, meetingId), eq(points.itemId, itemId)))
      .run();
    const named = tx
      .select({ id: votes.id })
      .from(votes)
      .where(and(eq(votes.meetingId, meetingId), eq(votes.itemId, itemId)))
      .all()
      .map((v) => v.id);
    if (named.length === 0) return;
    tx.update(votes).set({ named: false }).where(inArray(votes.id, named)).run();
    tx.update(ballots).set({ voterName: null }).where(inArray(ballots.voteId, named)).run();
    // Results written at the close or live keep their counts, not the names.
    for (const vote of tx.select().from(votes).where(inArray(votes.id, named)).all()) {
      if (!vote.results) continue;
      const results = JSON.parse(vote.results);
      if (results.voters === null) continue;
      tx.update(votes)
        .set({ results: JSON.stringify({ ...results, voters: null }) })
        .where(eq(votes.id, vote.id))
        .run();
    }
  }

  /**
   * Keeps a person's ballot under their token for this vote. The name is kept only in a named vote on an
   * item that is on the record now; a ballot is no event, so nobody learns that it was cast.
   */
  private storeBallot(tx: Tx, key: string, actor: MemberRecord, secret: { voteId: string; ballot: Ballot }) {
    const vote = tx.select().from(votes).where(eq(votes.id, secret.voteId)).get();
    if (!vote) throw new Error('a ballot for a vote that does not exist');
    const item = tx
      .select({ mode: agendaItems.confidentiality })
      .from(agendaItems)
      .where(eq(agendaItems.id, vote.itemId))
      .get();
    const row = {
      voteId: vote.id,
      voterToken: personToken(key, `vote:${vote.id}`, actor.id),
      ballot: JSON.stringify(secret.ballot),
      voterName: vote.named && item?.mode === 'on-record' ? actor.displayName : null,
    };
    tx.insert(ballots)
      .values(row)
      .onConflictDoUpdate({ target: [ballots.voteId, ballots.voterToken], set: { ballot: row.ballot } })
      .run();
  }

  private themesOf(tx: Tx, meetingId: string): Theme[] {
    const row = tx.select({ themes: meetings.themes }).from(meetings).where(eq(meetings.id, meetingId)).get();
    return row ? JSON.parse(row.themes) : [];
  }

  private setThemes(tx: Tx, meetingId: string, themes: Theme[]) {
    tx.update(meetings)
      .set({ themes: JSON.stringify(themes) })
      .where(eq(meetings.id, meetingId))
      .run();
  }

  /** Inserts an entry at a position, shifting the ones at and after it. */
  private insertQueueEntry(tx: Tx, meetingId: string, entry: QueueEntry, position: number) {
    tx.update(queueEntries)
      .set({ position: sql`${queueEntries.position} + 1` })
      .where(and(eq(queueEntries.meetingId, meetingId), gte(queueEntries.position, position)))
      .run();
    tx.insert(queueEntries)
      .values({ ...entry, meetingId, position })
      .run();
  }

  private renumberQueue(tx: Tx, meetingId: string, entryIds: string[]) {
    entryIds.forEach((id, position) => {
      tx.update(queueEntries)
        .set({ position })
        .where(and(eq(queueEntries.id, id), eq(queueEntries.meetingId, meetingId)))
        .run();
    });
  }

  async eventsSince(meetingId: string, afterSeq: number, limit: number): Promise<MeetingEvent[]> {
    // One transaction, so the personal fields filled in agree with the log read.
    return this.db.transaction((tx) => {
      const logged = tx
        .select()
        .from(events)
        .where(and(eq(events.meetingId, meetingId), gt(events.seq, afterSeq)))
        .orderBy(asc(events.seq))
        .limit(limit)
        .all()
        .map((row) => ({ ...JSON.parse(row.body), type: row.type, seq: row.seq, at: row.at }) as MeetingEvent);
      return hydrateLogged(tx, meetingId, logged);
    });
  }

  async close(): Promise<void> {
    this.closeDb();
  }
}
