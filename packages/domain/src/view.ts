import type { AgendaItem, Ballot, Meeting, MeetingEvent, Member, Point, Queue, Snapshot, Vote } from '@hiwar/protocol';
import { isDesk, isStaff } from './permissions.js';

/** A client's picture of a meeting, rebuilt from a snapshot and the events after it. */
export interface MeetingView {
  meeting: Meeting;
  agenda: AgendaItem[];
  members: Member[] | null;
  queue: Queue;
  /** The points this viewer may see, in the order they were made. */
  points: Point[];
  myPointIds: string[];
  mySupportIds: string[];
  votes: Vote[];
  myBallots: { voteId: string; ballot: Ballot }[];
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
    points: snapshot.points,
    myPointIds: snapshot.myPointIds,
    mySupportIds: snapshot.mySupportIds,
    votes: snapshot.votes,
    myBallots: snapshot.myBallots,
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
    case 'agenda:item-updated': {
      const agenda = view.agenda.map((i) => (i.id === event.item.id ? event.item : i));
      if (event.item.confidentiality === 'on-record') return { ...next, agenda };
      // An item that leaves the record keeps no names, in this view either: sources and voters go.
      const itemId = event.item.id;
      return {
        ...next,
        agenda,
        points: view.points.map((p) => (p.itemId === itemId && p.source ? { ...p, source: null } : p)),
        votes: view.votes.map((v) =>
          v.itemId === itemId && (v.named || v.results?.voters)
            ? { ...v, named: false, results: v.results ? { ...v.results, voters: null } : null }
            : v,
        ),
      };
    }
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
    case 'member:admitted': {
      const admitted = new Set(event.memberIds);
      const members = view.members?.map((m) => (admitted.has(m.id) ? { ...m, waiting: false } : m)) ?? null;
      return { ...next, members };
    }
    case 'meeting:lobby-changed':
      return { ...next, meeting: { ...meeting, lobby: event.lobby } };
    case 'meeting:join-code-rotated':
      return { ...next, meeting: { ...meeting, joinCode: event.joinCode } };
    case 'meeting:categories-changed':
      return { ...next, meeting: { ...meeting, balanceCategories: event.categories } };
    case 'meeting:retention-changed':
      return next;
    case 'meeting:report-settings-changed':
      return { ...next, meeting: { ...meeting, reportSettings: event.settings } };
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
    case 'theme:added':
      return { ...next, meeting: { ...meeting, themes: [...meeting.themes, ...event.themes] } };
    case 'theme:updated':
      return {
        ...next,
        meeting: { ...meeting, themes: meeting.themes.map((t) => (t.id === event.theme.id ? event.theme : t)) },
      };
    case 'theme:reordered': {
      const byId = new Map(meeting.themes.map((t) => [t.id, t]));
      return { ...next, meeting: { ...meeting, themes: event.themeIds.flatMap((id) => byId.get(id) ?? []) } };
    }
    case 'theme:merged':
    case 'theme:removed': {
      const gone = event.type === 'theme:merged' ? event.sourceId : event.themeId;
      const replacement = event.type === 'theme:merged' ? event.targetId : null;
      const points = view.points.map((p) => {
        if (!p.themeIds.includes(gone)) return p;
        const kept = p.themeIds.filter((id) => id !== gone);
        return { ...p, themeIds: replacement && !kept.includes(replacement) ? [...kept, replacement] : kept };
      });
      return { ...next, points, meeting: { ...meeting, themes: meeting.themes.filter((t) => t.id !== gone) } };
    }
    case 'points:settings-changed':
      return { ...next, meeting: { ...meeting, pointsSettings: event.settings } };
    case 'point:submitted':
      if (view.points.some((p) => p.id === event.point.id)) return next;
      return { ...next, points: [...view.points, event.point] };
    case 'point:edited':
      return upsertPoint(next, event.point);
    case 'point:moderated': {
      if (event.point) return upsertPoint(next, event.point);
      const known = view.points.some((p) => p.id === event.pointId);
      if (!known) return next;
      // A point taken out of public view leaves the lists of those who may not see it, except its sender.
      const keep = isDesk(view.self.role) || view.myPointIds.includes(event.pointId);
      const points = keep
        ? view.points.map((p) => (p.id === event.pointId ? { ...p, status: event.status, reason: event.reason } : p))
        : view.points.filter((p) => p.id !== event.pointId);
      return { ...next, points };
    }
    case 'point:support-changed':
      return {
        ...next,
        points: view.points.map((p) => (p.id === event.pointId ? { ...p, supportCount: event.supportCount } : p)),
      };
    case 'point:merged': {
      // The server moved this viewer's supports of the originals onto the target.
      const supportedOriginal = event.sourceIds.some((id) => view.mySupportIds.includes(id));
      const mySupportIds =
        supportedOriginal && !view.mySupportIds.includes(event.targetId)
          ? [...view.mySupportIds, event.targetId]
          : view.mySupportIds;
      return {
        ...next,
        mySupportIds,
        points: view.points.map((p) => {
          if (p.id === event.targetId) return { ...p, supportCount: event.supportCount };
          if (event.sourceIds.includes(p.id)) return { ...p, status: 'merged' as const, mergedInto: event.targetId };
          return p;
        }),
      };
    }
    case 'point:marked':
      return {
        ...next,
        points: view.points.map((p) =>
          p.id === event.pointId
            ? {
                ...p,
                starred: event.starred,
                recommendation: event.recommendation,
                parkingLot: event.parkingLot,
                form: event.form,
                addressee: event.addressee,
                identifying: event.identifying,
              }
            : p,
        ),
      };
    case 'vote:opened':
      if (view.votes.some((v) => v.id === event.vote.id)) return next;
      return { ...next, votes: [...view.votes, event.vote] };
    case 'vote:results-updated':
      return {
        ...next,
        votes: view.votes.map((v) => (v.id === event.voteId ? { ...v, results: event.results } : v)),
      };
    case 'vote:reopened':
      return {
        ...next,
        votes: view.votes.map((v) =>
          v.id === event.voteId
            ? { ...v, status: 'open' as const, closedAt: null, closesAt: null, results: event.results }
            : v,
        ),
      };
    case 'vote:deleted':
      return { ...next, votes: view.votes.filter((v) => v.id !== event.voteId) };
    case 'vote:turnout':
      return {
        ...next,
        votes: view.votes.map((v) => (v.id === event.voteId ? { ...v, turnout: event.turnout } : v)),
      };
    case 'vote:closed':
      return {
        ...next,
        votes: view.votes.map((v) =>
          v.id === event.voteId ? { ...v, status: 'closed' as const, closedAt: event.at, results: event.results } : v,
        ),
      };
    case 'sequence:withheld':
      return next;
  }
}

/** Replaces a point the view has, or adds it (in time order) when it is new to this viewer. */
function upsertPoint(view: MeetingView, point: Point): MeetingView {
  if (view.points.some((p) => p.id === point.id)) {
    return { ...view, points: view.points.map((p) => (p.id === point.id ? point : p)) };
  }
  const points = [...view.points, point].sort((a, b) => a.createdAt - b.createdAt);
  return { ...view, points };
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
