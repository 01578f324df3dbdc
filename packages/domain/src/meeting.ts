import type { AgendaItem, ClientCommand, ErrorCode, Meeting, MeetingEventBody, Member, Role } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { can } from './permissions.js';

/** What a command is decided against: the meeting and its agenda, plus the member it targets, if any. */
export interface MeetingState {
  meeting: Pick<Meeting, 'status' | 'currentItemId' | 'itemStartedAt'>;
  agenda: AgendaItem[];
}

export interface Actor {
  memberId: string;
  role: Role;
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
      return accept({
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
      if (command.type === 'member:remove') return accept({ type: 'member:removed', memberId: target.member.id });
      return accept({ type: 'member:role-changed', memberId: target.member.id, role: command.role });
    }
  }
}
