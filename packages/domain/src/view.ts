import type { AgendaItem, Meeting, MeetingEvent, Member, Queue, Snapshot } from '@hiwar/protocol';
import { isStaff } from './permissions.js';

/** A client's picture of a meeting, rebuilt from a snapshot and the events after it. */
export interface MeetingView {
  meeting: Meeting;
  agenda: AgendaItem[];
  members: Member[] | null;
  queue: Queue;
  self: Member;
  /** Set when the viewer has been removed from the meeting. */
  removed: boolean;
}

/** Starts a view from a snapshot. */
export function viewFromSnapshot(snapshot: Snapshot): MeetingView {
  return {
    meeting: snapshot.meeting,
    agenda: snapshot.agenda,
    members: snapshot.members,
    queue: snapshot.queue,
    self: snapshot.self,
    removed: false,
  };
}

const withSpent = (agenda: AgendaItem[], itemId: string | null, spentMs: number) =>
  agenda.map((i) => (i.id === itemId ? { ...i, spentMs } : i));

/** Applies one event to a view and returns the new view; the input is not changed. */
export function applyEvent(view: MeetingView, event: MeetingEvent): MeetingView {
  const meeting = { ...view.meeting, seq: event.seq };
  const next = { ...view, meeting };
  switch (event.type) {
    case 'meeting:updated': {
      const details = Object.fromEntries(Object.entries(event.details).filter(([, v]) => v !== undefined));
      return { ...next, meeting: { ...meeting, ...details } };
    }
    case 'meeting:started':
      return {
        ...next,
        meeting: {
          ...meeting,
          status: 'live',
          startedAt: event.at,
          currentItemId: event.currentItemId,
          itemStartedAt: event.itemStartedAt,
        },
      };
    case 'meeting:ended':
      return {
        ...next,
        agenda: withSpent(view.agenda, event.lastItemId, event.lastItemSpentMs),
        meeting: { ...meeting, status: 'ended', endedAt: event.at, itemStartedAt: null },
      };
    case 'agenda:item-added':
      if (view.agenda.some((i) => i.id === event.item.id)) return next;
      return { ...next, agenda: [...view.agenda, event.item] };
    case 'agenda:item-updated':
      return { ...next, agenda: view.agenda.map((i) => (i.id === event.item.id ? event.item : i)) };
    case 'agenda:item-removed':
      return { ...next, agenda: view.agenda.filter((i) => i.id !== event.itemId) };
    case 'agenda:reordered': {
      const byId = new Map(view.agenda.map((i) => [i.id, i]));
      return { ...next, agenda: event.itemIds.flatMap((id) => byId.get(id) ?? []) };
    }
    case 'agenda:advanced':
      return {
        ...next,
        agenda: withSpent(view.agenda, event.fromItemId, event.fromItemSpentMs),
        meeting: { ...meeting, currentItemId: event.currentItemId, itemStartedAt: event.itemStartedAt },
      };
    case 'member:joined':
      if (!view.members || view.members.some((m) => m.id === event.member.id)) return next;
      return { ...next, members: [...view.members, event.member] };
    case 'member:role-changed': {
      const self = view.self.id === event.memberId ? { ...view.self, role: event.role } : view.self;
      const list = view.members?.map((m) => (m.id === event.memberId ? { ...m, role: event.role } : m)) ?? null;
      // A viewer who is no longer staff stops seeing the member list; a promoted one gets it in a fresh snapshot.
      const members = isStaff(self.role) ? list : null;
      return { ...next, self, members };
    }
    case 'member:removed':
      return {
        ...next,
        members: view.members?.filter((m) => m.id !== event.memberId) ?? null,
        removed: view.removed || view.self.id === event.memberId,
      };
    case 'member:categories-changed':
      return updateMember(next, event.memberId, () => ({ categories: event.categories }));
    case 'meeting:categories-changed':
      return { ...next, meeting: { ...meeting, balanceCategories: event.categories } };
    case 'queue:hand-raised': {
      if (view.queue.entries.some((e) => e.id === event.entry.id)) return next;
      const entries = [...view.queue.entries];
      entries.splice(event.position, 0, event.entry);
      return { ...next, queue: { ...view.queue, entries } };
    }
    case 'queue:entry-removed':
      return {
        ...next,
        queue: { ...view.queue, entries: view.queue.entries.filter((e) => e.id !== event.entryId) },
      };
    case 'queue:reordered':
    case 'queue:settings-changed': {
      const byId = new Map(view.queue.entries.map((e) => [e.id, e]));
      const entries = event.entryIds.flatMap((id) => byId.get(id) ?? []);
      const settings = event.type === 'queue:settings-changed' ? event.settings : meeting.queueSettings;
      return { ...next, meeting: { ...meeting, queueSettings: settings }, queue: { ...view.queue, entries } };
    }
    case 'queue:floor-given': {
      const entries = view.queue.entries.filter((e) => e.id !== event.entryId);
      const withTurn = event.floor.memberId
        ? updateMember(next, event.floor.memberId, (m) => ({ turns: m.turns + 1 }))
        : next;
      return { ...withTurn, queue: { ...view.queue, entries, floor: event.floor } };
    }
    case 'queue:turn-ended': {
      if (view.queue.floor?.turnId !== event.turnId) return next;
      const withTime = event.memberId
        ? updateMember(next, event.memberId, (m) => ({ floorMs: m.floorMs + event.floorMs }))
        : next;
      return { ...withTime, queue: { ...view.queue, floor: null } };
    }
    case 'queue:status-changed':
      return { ...next, queue: { ...view.queue, status: event.status } };
    case 'queue:cleared':
      return { ...next, queue: { ...view.queue, entries: [] } };
    case 'sequence:withheld':
      return next;
  }
}

/** Changes one member, in the list (facilitators) and as self (the member themselves). */
function updateMember(view: MeetingView, memberId: string, change: (m: Member) => Partial<Member>): MeetingView {
  const self = view.self.id === memberId ? { ...view.self, ...change(view.self) } : view.self;
  const members = view.members?.map((m) => (m.id === memberId ? { ...m, ...change(m) } : m)) ?? null;
  return { ...view, self, members };
}

/** Elapsed time on the current item at a given server time, counting earlier visits. */
export function elapsedOnCurrentItem(view: Pick<MeetingView, 'meeting' | 'agenda'>, serverNow: number): number {
  const item = view.agenda.find((i) => i.id === view.meeting.currentItemId);
  if (!item) return 0;
  const running = view.meeting.status === 'live' && view.meeting.itemStartedAt !== null;
  return item.spentMs + (running ? Math.max(0, serverNow - (view.meeting.itemStartedAt ?? serverNow)) : 0);
}
