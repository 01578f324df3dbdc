import type {
  AgendaItem,
  ClientCommand,
  ErrorCode,
  Lobby,
  Meeting,
  MeetingEventBody,
  Member,
  MemberCategories,
  Queue,
  QueueEntry,
  Role,
} from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { can } from './permissions.js';
import { decidePoints, type PointLookups } from './points.js';
import { insertionIndex, sortByPolicy, turnLimitMs } from './queue.js';
import { decideVotes, type VoteLookups } from './votes.js';

const NO_VOTES: VoteLookups = {
  findVote: () => null,
  myBallot: () => null,
  ballots: () => [],
  findPoint: () => null,
  openVotes: () => [],
};

const NO_POINTS: PointLookups = {
  findPoint: () => null,
  hasSupported: () => false,
  mergedSupportCount: () => 0,
  organisationOf: () => null,
  pointsSentSince: () => 0,
};

/** What a command is decided against: the meeting and its agenda, plus the member it targets, if any. */
export interface MeetingState {
  meeting: Pick<
    Meeting,
    | 'status'
    | 'currentItemId'
    | 'itemStartedAt'
    | 'queueSettings'
    | 'balanceCategories'
    | 'themes'
    | 'pointsSettings'
    | 'reportSettings'
  >;
  agenda: AgendaItem[];
  queue: Queue;
  /** The lobby's settings; a state without them is an open meeting without a waiting room. */
  lobby?: Lobby;
  /** Who is in the waiting room now, by member id. */
  waitingMemberIds?: string[];
}

export interface Actor {
  memberId: string;
  role: Role;
  displayName: string;
  /** Turns this person has had so far (for the progressive stack). */
  turns: number;
  /** The facilitator who created the meeting: the only one who makes or unmakes co-facilitators. */
  isOwner?: boolean;
}

export interface Target {
  member: Member;
  isOwner: boolean;
}

export interface DecideContext {
  now: number;
  newId: () => string;
  /** The member a member:* command names, looked up by the caller; null when none exists. */
  target?: Target | null;
  /** Look-ups for point commands; without them, point commands are refused as not found. */
  points?: PointLookups;
  /** Look-ups for vote commands. */
  votes?: VoteLookups;
  /** A fresh join code, for meeting:rotate-code. */
  newJoinCode?: () => string;
}

export type Decision = { ok: true; events: MeetingEventBody[] } | { ok: false; code: ErrorCode };

const refuse = (code: ErrorCode): Decision => ({ ok: false, code });
const accept = (...events: MeetingEventBody[]): Decision => ({ ok: true, events });

/** Time spent on the current item, including earlier visits, as of `now`. */
export function currentItemSpentMs(state: MeetingState, now: number): number {
  const { currentItemId, itemStartedAt } = state.meeting;
  const item = state.agenda.find((i) => i.id === currentItemId);
  if (!item || itemStartedAt === null) return 0;
  return item.spentMs + Math.max(0, now - itemStartedAt);
}

function moveTo(state: MeetingState, index: number, now: number): Decision {
  const target = state.agenda[index];
  const from = state.meeting.currentItemId;
  if (!target || !from) return refuse('AGENDA_ITEM_NOT_FOUND');
  return accept({
    type: 'agenda:advanced',
    fromItemId: from,
    fromItemSpentMs: currentItemSpentMs(state, now),
    currentItemId: target.id,
    itemStartedAt: now,
  });
}

/**
 * Decides a command: checks the actor's role, then the meeting's rules, and returns the events to
 * record or the reason for refusing. Pure: time and ids come in through the context.
 */
export function decide(state: MeetingState, command: ClientCommand, actor: Actor, ctx: DecideContext): Decision {
  if (!can(actor.role, command.type)) return refuse('FORBIDDEN');
  const { meeting, agenda } = state;
  const ended = meeting.status === 'ended';
  const indexOf = (id: string) => agenda.findIndex((i) => i.id === id);
  const currentIndex = meeting.currentItemId ? indexOf(meeting.currentItemId) : -1;

  switch (command.type) {
    case 'meeting:update':
      if (ended) return refuse('MEETING_ENDED');
      return accept({ type: 'meeting:updated', details: command.details });
    case 'meeting:start': {
      if (meeting.status !== 'draft') return refuse(ended ? 'MEETING_ENDED' : 'MEETING_ALREADY_STARTED');
      const first = agenda[0];
      if (!first) return refuse('AGENDA_EMPTY');
      return accept({ type: 'meeting:started', currentItemId: first.id, itemStartedAt: ctx.now });
    }
    case 'meeting:end':
      if (meeting.status !== 'live') return refuse(ended ? 'MEETING_ENDED' : 'MEETING_NOT_LIVE');
      // Whoever is speaking finishes with the meeting, so their time reaches the totals.
      return accept(...endTurnEvents(state, ctx.now), {
        type: 'meeting:ended',
        lastItemId: meeting.currentItemId,
        lastItemSpentMs: currentItemSpentMs(state, ctx.now),
      });
    case 'agenda:add-item':
      if (ended) return refuse('MEETING_ENDED');
      if (agenda.length >= LIMITS.agendaItems) return refuse('AGENDA_TOO_LONG');
      return accept({ type: 'agenda:item-added', item: { ...command.item, id: ctx.newId(), spentMs: 0 } });
    case 'agenda:update-item': {
      if (ended) return refuse('MEETING_ENDED');
      const item = agenda[indexOf(command.itemId)];
      if (!item) return refuse('AGENDA_ITEM_NOT_FOUND');
      const changes = Object.fromEntries(Object.entries(command.changes).filter(([, v]) => v !== undefined));
      return accept({ type: 'agenda:item-updated', item: { ...item, ...changes } });
    }
    case 'agenda:remove-item':
      if (ended) return refuse('MEETING_ENDED');
      if (indexOf(command.itemId) < 0) return refuse('AGENDA_ITEM_NOT_FOUND');
      if (command.itemId === meeting.currentItemId) return refuse('AGENDA_ITEM_IS_CURRENT');
      return accept({ type: 'agenda:item-removed', itemId: command.itemId });
    case 'agenda:reorder': {
      if (ended) return refuse('MEETING_ENDED');
      const ids = new Set(command.itemIds);
      const complete = ids.size === agenda.length && command.itemIds.length === agenda.length;
      if (!complete || agenda.some((i) => !ids.has(i.id))) return refuse('AGENDA_ORDER_MISMATCH');
      return accept({ type: 'agenda:reordered', itemIds: command.itemIds });
    }
    case 'agenda:next':
      if (meeting.status !== 'live') return refuse(ended ? 'MEETING_ENDED' : 'MEETING_NOT_LIVE');
      if (command.fromItemId && command.fromItemId !== meeting.currentItemId) return refuse('AGENDA_ALREADY_MOVED');
      if (currentIndex >= agenda.length - 1) return refuse('AGENDA_AT_END');
      return moveTo(state, currentIndex + 1, ctx.now);
    case 'agenda:previous':
      if (meeting.status !== 'live') return refuse(ended ? 'MEETING_ENDED' : 'MEETING_NOT_LIVE');
      if (command.fromItemId && command.fromItemId !== meeting.currentItemId) return refuse('AGENDA_ALREADY_MOVED');
      if (currentIndex <= 0) return refuse('AGENDA_AT_START');
      return moveTo(state, currentIndex - 1, ctx.now);
    case 'agenda:jump': {
      if (meeting.status !== 'live') return refuse(ended ? 'MEETING_ENDED' : 'MEETING_NOT_LIVE');
      const index = indexOf(command.itemId);
      if (index < 0) return refuse('AGENDA_ITEM_NOT_FOUND');
      return moveTo(state, index, ctx.now);
    }
    case 'member:set-role':
    case 'member:remove': {
      const target = ctx.target;
      if (!target) return refuse('MEMBER_NOT_FOUND');
      if (target.isOwner) return refuse('MEMBER_IS_OWNER');
      if (target.member.id === actor.memberId) return refuse('MEMBER_IS_SELF');
      // A co-facilitator runs the meeting with the owner's trust: only the owner gives or takes that role.
      const touchesCoFacilitator =
        target.member.role === 'co-facilitator' ||
        (command.type === 'member:set-role' && command.role === 'co-facilitator');
      if (touchesCoFacilitator && !actor.isOwner) return refuse('OWNER_ONLY');
      if (command.type === 'member:remove') {
        // A removed person leaves the queue with their membership.
        const entry = state.queue.entries.find((e) => e.memberId === target.member.id);
        const speaking = state.queue.floor?.memberId === target.member.id ? endTurnEvents(state, ctx.now) : [];
        const leaves: MeetingEventBody[] = entry
          ? [{ type: 'queue:entry-removed', entryId: entry.id, reason: 'removed' }]
          : [];
        return accept(...speaking, ...leaves, { type: 'member:removed', memberId: target.member.id });
      }
      return accept({ type: 'member:role-changed', memberId: target.member.id, role: command.role });
    }
    case 'member:admit':
      return decideAdmit(state, command.memberIds);
    case 'meeting:set-lobby': {
      if (ended) return refuse('MEETING_ENDED');
      const current = state.lobby ?? OPEN_LOBBY;
      const lobby = {
        locked: command.locked ?? current.locked,
        waitingRoom: command.waitingRoom ?? current.waitingRoom,
      };
      return accept({ type: 'meeting:lobby-changed', lobby });
    }
    case 'meeting:rotate-code':
      if (ended) return refuse('MEETING_ENDED');
      if (!ctx.newJoinCode) return refuse('INTERNAL');
      return accept({ type: 'meeting:join-code-rotated', joinCode: ctx.newJoinCode() });
    case 'member:set-categories':
      if (ended) return refuse('MEETING_ENDED');
      if (!categoriesKnown(state, command.categories)) return refuse('CATEGORY_UNKNOWN');
      return accept({ type: 'member:categories-changed', memberId: actor.memberId, categories: command.categories });
    case 'meeting:set-categories':
      if (ended) return refuse('MEETING_ENDED');
      return accept({ type: 'meeting:categories-changed', categories: command.categories });
    case 'meeting:set-retention':
      // Also after the end: that is when a facilitator decides how long the raw data is kept.
      return accept({ type: 'meeting:retention-changed', retentionDays: command.retentionDays });
    case 'meeting:set-report-settings': {
      // Also after the end: the report is drafted then. A term listed twice (in any case) is kept once.
      const settings = { ...state.meeting.reportSettings, ...command.settings };
      const byKey = new Map<string, string>();
      for (const term of settings.sensitiveTerms) {
        const key = term.toLocaleLowerCase();
        if (!byKey.has(key)) byKey.set(key, term);
      }
      const sensitiveTerms = [...byKey.values()];
      return accept({ type: 'meeting:report-settings-changed', settings: { ...settings, sensitiveTerms } });
    }
    case 'member:leave': {
      // Only the owner holds the facilitator's role; a meeting cannot lose its owner.
      if (actor.role === 'facilitator') return refuse('MEMBER_IS_OWNER');
      const entry = state.queue.entries.find((e) => e.memberId === actor.memberId);
      const speaking = state.queue.floor?.memberId === actor.memberId ? endTurnEvents(state, ctx.now) : [];
      const leaves: MeetingEventBody[] = entry
        ? [{ type: 'queue:entry-removed', entryId: entry.id, reason: 'lowered' }]
        : [];
      return accept(...speaking, ...leaves, { type: 'member:removed', memberId: actor.memberId, left: true });
    }
    default:
      if (command.type.startsWith('queue:')) return decideQueue(state, command as QueueCommand, actor, ctx);
      if (command.type.startsWith('vote:')) {
        return decideVotes(state, command as Parameters<typeof decideVotes>[1], actor, ctx, ctx.votes ?? NO_VOTES);
      }
      return decidePoints(state, command as Parameters<typeof decidePoints>[1], actor, ctx, ctx.points ?? NO_POINTS);
  }
}

const OPEN_LOBBY: Lobby = { locked: false, waitingRoom: false };

/**
 * Admits the named people from the waiting room, or everyone waiting when none are named. Admission is
 * always this explicit act: nothing else (a rotated code, the facilitator arriving) lets anyone in.
 */
function decideAdmit(state: MeetingState, memberIds: string[] | undefined): Decision {
  const waiting = new Set(state.waitingMemberIds ?? []);
  const admitted = memberIds ? [...new Set(memberIds)] : [...waiting];
  if (admitted.length === 0 || admitted.some((id) => !waiting.has(id))) return refuse('MEMBER_NOT_WAITING');
  return accept({ type: 'member:admitted', memberIds: admitted });
}

/** The event that closes the current turn, if someone has the floor. */
function endTurnEvents(state: MeetingState, now: number): MeetingEventBody[] {
  const floor = state.queue.floor;
  if (!floor) return [];
  return [
    {
      type: 'queue:turn-ended',
      turnId: floor.turnId,
      memberId: floor.memberId,
      floorMs: Math.max(0, now - floor.startedAt),
    },
  ];
}

function categoriesKnown(state: MeetingState, categories: MemberCategories): boolean {
  return Object.entries(categories).every(([categoryId, optionId]) =>
    state.meeting.balanceCategories.some((c) => c.id === categoryId && c.options.some((o) => o.id === optionId)),
  );
}

type QueueCommand = Extract<ClientCommand, { type: `queue:${string}` }>;

/** The speaker queue's rules. The floor is given and taken only here. */
function decideQueue(state: MeetingState, command: QueueCommand, actor: Actor, ctx: DecideContext): Decision {
  const { meeting, queue } = state;
  if (meeting.status === 'ended') return refuse('MEETING_ENDED');
  const own = queue.entries.find((e) => e.memberId === actor.memberId);
  const endTurn = () => endTurnEvents(state, ctx.now);
  const enqueue = (entry: QueueEntry): Decision => {
    if (queue.status === 'closed') return refuse('QUEUE_CLOSED');
    if (queue.entries.length >= LIMITS.queueEntries) return refuse('QUEUE_FULL');
    return accept({
      type: 'queue:hand-raised',
      entry,
      position: insertionIndex(queue.entries, entry, meeting.queueSettings),
    });
  };

  switch (command.type) {
    case 'queue:raise-hand':
      if (own) return refuse('QUEUE_ALREADY_RAISED');
      return enqueue({
        id: ctx.newId(),
        memberId: actor.memberId,
        name: actor.displayName,
        kind: command.kind,
        raisedAt: ctx.now,
        priorTurns: actor.turns,
      });
    case 'queue:add-person':
      return enqueue({
        id: ctx.newId(),
        memberId: null,
        name: command.name,
        kind: command.kind,
        raisedAt: ctx.now,
        priorTurns: 0,
      });
    case 'queue:lower-hand':
      if (!own) return refuse('QUEUE_NOT_RAISED');
      return accept({ type: 'queue:entry-removed', entryId: own.id, reason: 'lowered' });
    case 'queue:remove':
      if (!queue.entries.some((e) => e.id === command.entryId)) return refuse('QUEUE_ENTRY_NOT_FOUND');
      return accept({ type: 'queue:entry-removed', entryId: command.entryId, reason: 'removed' });
    case 'queue:give-floor': {
      const seenTurn = command.fromTurnId;
      if (seenTurn !== undefined && seenTurn !== (queue.floor?.turnId ?? null)) return refuse('QUEUE_ALREADY_ADVANCED');
      if (meeting.status !== 'live') return refuse('MEETING_NOT_LIVE');
      let entry: QueueEntry | undefined;
      if (command.entryId) {
        entry = queue.entries.find((e) => e.id === command.entryId);
        if (!entry) return refuse('QUEUE_ENTRY_NOT_FOUND');
      } else {
        if (queue.status === 'paused') return refuse('QUEUE_PAUSED');
        entry = queue.entries[0];
        if (!entry) return refuse('QUEUE_EMPTY');
      }
      return accept(...endTurn(), {
        type: 'queue:floor-given',
        entryId: entry.id,
        floor: {
          turnId: ctx.newId(),
          memberId: entry.memberId,
          name: entry.name,
          kind: entry.kind,
          startedAt: ctx.now,
          limitMs: turnLimitMs(meeting, state.agenda),
        },
      });
    }
    case 'queue:end-turn':
      if (queue.floor?.turnId !== command.turnId) return refuse('QUEUE_TURN_NOT_CURRENT');
      return accept(...endTurn());
    case 'queue:yield-floor':
      if (queue.floor?.turnId !== command.turnId) return refuse('QUEUE_TURN_NOT_CURRENT');
      if (queue.floor.memberId !== actor.memberId) return refuse('QUEUE_NOT_YOUR_TURN');
      return accept(...endTurn());
    case 'queue:reorder': {
      const ids = new Set(command.entryIds);
      const complete = ids.size === queue.entries.length && command.entryIds.length === queue.entries.length;
      if (!complete || queue.entries.some((e) => !ids.has(e.id))) return refuse('QUEUE_ORDER_MISMATCH');
      return accept({ type: 'queue:reordered', entryIds: command.entryIds });
    }
    case 'queue:set-status':
      return accept({ type: 'queue:status-changed', status: command.status });
    case 'queue:clear':
      return accept({ type: 'queue:cleared' });
    case 'queue:set-settings': {
      const changes = Object.fromEntries(Object.entries(command.settings).filter(([, v]) => v !== undefined));
      const settings = { ...meeting.queueSettings, ...changes };
      const reorders =
        settings.policy !== meeting.queueSettings.policy ||
        settings.allowPriority !== meeting.queueSettings.allowPriority;
      const entryIds = (reorders ? sortByPolicy(queue.entries, settings) : queue.entries).map((e) => e.id);
      return accept({ type: 'queue:settings-changed', settings, entryIds });
    }
  }
}
