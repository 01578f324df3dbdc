import { can, decide, isDesk, isStaff } from '@hiwar/domain';
import {
  type AgendaItemInput,
  type BalanceCategory,
  type CommandAck,
  clientCommandSchema,
  type DuplicateMeetingBody,
  type JoinBody,
  type JoinResult,
  joinBodySchema,
  LIMITS,
  type Meeting,
  type MeetingDetails,
  type Snapshot,
  type SyncAck,
  wireError,
} from '@hiwar/protocol';
import { AppError } from '../../lib/app-error.js';
import { hashSecret, newId, newJoinCode, newSecret } from '../../lib/ids.js';
import type { EventHub } from '../../realtime/hub.js';
import { PERSON_REDACTED_TYPES } from '../../store/log-policy.js';
import type { MeetingTemplateSettings, MemberRecord, Store } from '../../store/store.js';
import { presentEvent } from './presenters.js';

/** Turns zod issues into the wire's list of field errors. */
export function zodIssues(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/**
 * The meeting's use cases, shared by HTTP routes and socket handlers: parse, authorise through the
 * domain's one permission function, run in one transaction, then publish what was committed.
 */
export class MeetingService {
  constructor(
    private readonly store: Store,
    private readonly hub: EventHub,
    private readonly clock: () => number = Date.now,
  ) {}

  async createMeeting(
    account: { id: string; name: string },
    details: MeetingDetails,
    agenda: AgendaItemInput[],
    balanceCategories: BalanceCategory[] = [],
    settings?: MeetingTemplateSettings,
  ): Promise<Meeting> {
    const now = this.clock();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.store.createMeeting({
          id: newId(),
          ownerAccountId: account.id,
          ownerMemberId: newId(),
          ownerName: account.name,
          joinCode: newJoinCode(),
          details,
          agenda: agenda.map((item) => ({ ...item, id: newId(), spentMs: 0 })),
          balanceCategories,
          settings,
          now,
        });
      } catch (err) {
        // A join code collision is rare (32^8 codes); try a fresh one a few times.
        if (attempt >= 3 || !String(err).includes('join_code')) throw err;
      }
    }
  }

  /**
   * "Use as template": a new draft meeting, owned by the caller, with the original's details (as changed),
   * agenda, themes, balance categories and settings. Nothing said or done in the original comes along: no
   * members, points, votes, queue, report or join code, and the themes get new ids so no point can refer to
   * them. Only the owner of the original may copy it.
   */
  async duplicateMeeting(
    member: MemberRecord,
    account: { id: string; name: string },
    changes: DuplicateMeetingBody,
  ): Promise<Meeting> {
    if (member.removedAt !== null) throw new AppError('MEMBER_REMOVED');
    if (!can(member.role, 'meeting:duplicate')) throw new AppError('FORBIDDEN');
    if (!member.isOwner || member.accountId !== account.id) throw new AppError('MEETING_OWNER_ONLY');
    const original = await this.store.findMeeting(member.meetingId);
    if (!original) throw new AppError('MEETING_NOT_FOUND');
    const agenda = await this.store.loadAgenda(member.meetingId);
    const retention = await this.store.retention.find(member.meetingId);
    const { title, hostOrganisation, startsAt, timeZone, format, contentLanguage, videoCallUrl, description } =
      original;
    const details: MeetingDetails = {
      title: changes.title ?? title,
      hostOrganisation,
      startsAt: changes.startsAt ?? startsAt,
      timeZone,
      format,
      contentLanguage,
      videoCallUrl,
      description,
    };
    // Field by field, so that anything added to an agenda item later is left behind until chosen here.
    const items = agenda.map(
      ({ title, kind, plannedMinutes, presenters, confidentiality, speakingLimitSeconds }): AgendaItemInput => ({
        title,
        kind,
        plannedMinutes,
        presenters,
        confidentiality,
        speakingLimitSeconds,
      }),
    );
    return this.createMeeting(account, details, items, original.balanceCategories, {
      queueSettings: original.queueSettings,
      pointsSettings: original.pointsSettings,
      reportSettings: original.reportSettings,
      themes: original.themes.map(({ name, description, colour }) => ({ id: newId(), name, description, colour })),
      waitingRoom: original.lobby.waitingRoom,
      retentionDays: retention ? retention.retentionDays : 90,
    });
  }

  /** Parses, authorises and applies one command from a member, then publishes its events. */
  async runCommand(actor: MemberRecord, raw: unknown): Promise<CommandAck> {
    const parsed = clientCommandSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: wireError('VALIDATION_FAILED', zodIssues(parsed.error)) };
    const command = parsed.data;
    const now = this.clock();
    const result = await this.store.runCommand(
      actor.meetingId,
      actor.id,
      command.commandId,
      (role) => can(role, command.type),
      (input) =>
        decide(input, command, input.actor, {
          now,
          newId,
          target: 'memberId' in command ? input.findMember(command.memberId) : undefined,
          points: input.points,
          votes: input.votes,
          newJoinCode,
        }),
      now,
      command.type === 'vote:cast' ? { ballot: { voteId: command.voteId, ballot: command.ballot } } : {},
    );
    if (!result.ok) return { ok: false, error: wireError(result.code) };
    if (result.duplicate && command.type === 'point:submit') {
      // A retried submission: give the sender their point again, so they can follow its moderation.
      const [logged] = await this.store.eventsSince(actor.meetingId, result.seq - 1, 1);
      if (logged?.type === 'point:submitted') {
        return {
          ok: true,
          seq: result.seq,
          duplicate: true,
          serverNow: now,
          createdId: logged.point.id,
          point: logged.point,
        };
      }
    }
    if (!result.duplicate) this.hub.publish(actor.meetingId, result.events);
    const submitted = result.duplicate ? undefined : result.events.find((e) => e.type === 'point:submitted');
    if (submitted?.type === 'point:submitted') {
      return {
        ok: true,
        seq: result.seq,
        duplicate: false,
        serverNow: now,
        createdId: submitted.point.id,
        point: submitted.point,
      };
    }
    return { ok: true, seq: result.seq, duplicate: result.duplicate, serverNow: now };
  }

  /** The meeting as this member may see it. */
  async snapshotFor(member: MemberRecord): Promise<Snapshot> {
    // Someone in the waiting room sees nothing of the meeting until admitted.
    if (member.waiting) throw new AppError('MEMBER_WAITING');
    const state = await this.store.loadMeetingState(member.meetingId, {
      memberId: member.id,
      staff: isStaff(member.role),
      desk: isDesk(member.role),
    });
    if (!state) throw new AppError('MEETING_NOT_FOUND');
    const { meetingId: _m, accountId: _a, removedAt: _r, isOwner: _o, waiting: _w, ...self } = member;
    // The join code is for those who invite: a participant who could read it could pass on a rotated one.
    // The sensitive terms name the very places and projects the report must not: the desk's alone.
    const meeting = {
      ...state.meeting,
      joinCode: isStaff(member.role) ? state.meeting.joinCode : '',
      reportSettings: isDesk(member.role)
        ? state.meeting.reportSettings
        : { ...state.meeting.reportSettings, sensitiveTerms: [] },
    };
    return { ...state, meeting, self, serverNow: this.clock() };
  }

  /** Exactly the events after lastSeq as this member may see them, or a snapshot when too far behind. */
  async catchUp(member: MemberRecord, lastSeq: number): Promise<SyncAck> {
    if (member.waiting) return { ok: false, error: wireError('MEMBER_WAITING') };
    const events = await this.store.eventsSince(member.meetingId, lastSeq, LIMITS.catchUpEvents + 1);
    const complete = events.length <= LIMITS.catchUpEvents && (events.length === 0 || events[0]?.seq === lastSeq + 1);
    const meeting = await this.store.findMeeting(member.meetingId);
    if (!meeting) return { ok: false, error: wireError('MEETING_NOT_FOUND') };
    // The log does not say who raised a hand or spoke: a client that missed such an event gets a snapshot.
    const personal = events.some(
      (e) =>
        PERSON_REDACTED_TYPES.has(e.type) ||
        // A role change reshapes what this viewer may see (members, pending points): start afresh.
        (e.type === 'member:role-changed' && e.memberId === member.id),
    );
    if (!complete || personal || lastSeq > meeting.seq)
      return { ok: true, kind: 'snapshot', snapshot: await this.snapshotFor(member) };
    return {
      ok: true,
      kind: 'events',
      events: events.map((e) => presentEvent(e, { memberId: member.id, role: member.role })),
      serverNow: this.clock(),
    };
  }

  /** Lets someone into a meeting by its join code, with a fresh credential scoped to that meeting. */
  async join(joinCode: string, body: JoinBody): Promise<JoinResult> {
    const meeting = await this.store.findMeetingByJoinCode(joinCode);
    // An ended meeting's code leads nowhere, exactly like an unknown one.
    if (!meeting || meeting.status === 'ended') throw new AppError('JOIN_CODE_NOT_FOUND');
    if (meeting.lobby.locked) throw new AppError('MEETING_LOCKED');
    const input = joinBodySchema.parse(body);
    const known = Object.entries(input.categories).every(([categoryId, optionId]) =>
      meeting.balanceCategories.some((c) => c.id === categoryId && c.options.some((o) => o.id === optionId)),
    );
    if (!known) throw new AppError('CATEGORY_UNKNOWN');
    const memberToken = newSecret();
    const memberId = newId();
    const { events } = await this.store.addMember(
      meeting.id,
      {
        id: memberId,
        displayName: input.displayName,
        organisation: input.organisation || null,
        tokenHash: hashSecret(memberToken),
        categories: input.categories,
        listedInReport: input.listedInReport,
        // Decided once, on arrival: only an explicit member:admit lets this person in later.
        waiting: meeting.lobby.waitingRoom,
      },
      this.clock(),
    );
    this.hub.publish(meeting.id, events);
    return { meetingId: meeting.id, memberId, memberToken, waiting: meeting.lobby.waitingRoom };
  }
}
