import { type BalanceCategory, type MeetingEvent, meetingEventBodySchema, type Queue } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildFloor,
  buildItem,
  buildMeeting,
  buildMember,
  buildPoint,
  buildQueue,
  buildSnapshot,
  buildTheme,
  buildVote,
  CATEGORIES,
  itemId,
  NOW,
  pointId,
  themeId,
} from './test/factories.js';
import { applyEvent, elapsedOnCurrentItem, type MeetingView, viewFromSnapshot } from './view.js';

const SELF = 'member-self';
const newcomer = buildMember({ id: 'member-0004', displayName: 'Omar Said', role: 'participant' });

/** A live view of three items, on item 2 since NOW - 60 s, with 10 s spent there earlier, at seq 7. */
function liveView(overrides: Partial<MeetingView> = {}): MeetingView {
  return {
    ...viewFromSnapshot(
      buildSnapshot({
        meeting: buildMeeting({
          status: 'live',
          currentItemId: itemId(2),
          itemStartedAt: NOW - 60_000,
          startedAt: NOW - 600_000,
          seq: 7,
        }),
        agenda: [buildItem(1, { spentMs: 540_000 }), buildItem(2, { spentMs: 10_000 }), buildItem(3)],
      }),
    ),
    ...overrides,
  };
}

const stamp = { seq: 8, at: NOW };

/**
 * A live view in which e1, e2 and e3 are waiting and member-0002 (3 turns, 2 min so far) has had the
 * floor in turn-0001 since NOW - 30 s.
 */
function queued(queue: Partial<Queue> = {}): MeetingView {
  const view = liveView();
  return {
    ...view,
    members: (view.members ?? []).map((m) => (m.id === 'member-0002' ? { ...m, turns: 3, floorMs: 120_000 } : m)),
    queue: buildQueue({
      entries: [buildEntry(1), buildEntry(2), buildEntry(3)],
      floor: buildFloor({ memberId: 'member-0002' }),
      ...queue,
    }),
  };
}

interface Case {
  name: string;
  view?: MeetingView;
  event: MeetingEvent;
  /** The whole view after the event. */
  expected: (before: MeetingView) => MeetingView;
}

const withSeq = (v: MeetingView, seq = 8): MeetingView => ({ ...v, meeting: { ...v.meeting, seq } });

const THEMES = [buildTheme(1), buildTheme(2), buildTheme(3)];

/**
 * A live view with themes 1-3 and three published points: p1 on theme 1, p2 on themes 1 and 2, p3 on
 * theme 2, made in that order (p1 at NOW - 59 min, p2 at - 58 min, p3 at - 57 min). By default the
 * viewer is the facilitator (the desk); `role` makes them someone else, without the member list.
 */
function pointsView(opts: { role?: 'participant' | 'rapporteur'; mine?: string[] } = {}): MeetingView {
  const view = liveView();
  const self = opts.role ? buildMember({ id: SELF, role: opts.role }) : view.self;
  return {
    ...view,
    self,
    members: opts.role ? null : view.members,
    meeting: { ...view.meeting, themes: THEMES },
    points: [
      buildPoint(1, { themeIds: [themeId(1)] }),
      buildPoint(2, { themeIds: [themeId(1), themeId(2)] }),
      buildPoint(3, { themeIds: [themeId(2)] }),
    ],
    myPointIds: opts.mine ?? [],
  };
}

/** The view with each point changed as given (by number), everything else as it was, at seq 8. */
const withPoints = (v: MeetingView, change: (p: MeetingView['points'][number]) => MeetingView['points'][number]) => ({
  ...withSeq(v),
  points: v.points.map(change),
});

const RESULTS = {
  ballots: 3,
  tallies: [
    { optionId: 'option-0001', count: 2, rank: 1 },
    { optionId: 'option-0002', count: 1, rank: 2 },
  ],
  other: [],
  average: null,
  voters: null,
};

const cases: Case[] = [
  {
    name: 'sequence:withheld only bumps seq',
    event: { type: 'sequence:withheld', ...stamp },
    expected: (v) => withSeq(v),
  },
  {
    name: 'meeting:updated merges the given details and ignores undefined ones',
    event: { type: 'meeting:updated', details: { title: 'New title', timeZone: undefined }, ...stamp },
    expected: (v) => ({ ...v, meeting: { ...v.meeting, seq: 8, title: 'New title', timeZone: 'Asia/Beirut' } }),
  },
  {
    name: 'meeting:started goes live on the given item',
    view: viewFromSnapshot(buildSnapshot({ meeting: buildMeeting({ seq: 3 }) })),
    event: { type: 'meeting:started', currentItemId: itemId(1), itemStartedAt: NOW - 5, seq: 4, at: NOW },
    expected: (v) => ({
      ...v,
      meeting: {
        ...v.meeting,
        seq: 4,
        status: 'live',
        startedAt: NOW,
        currentItemId: itemId(1),
        itemStartedAt: NOW - 5,
      },
    }),
  },
  {
    name: 'meeting:ended stops the clock and records the last item',
    event: { type: 'meeting:ended', lastItemId: itemId(2), lastItemSpentMs: 70_000, ...stamp },
    expected: (v) => ({
      ...v,
      agenda: [buildItem(1, { spentMs: 540_000 }), buildItem(2, { spentMs: 70_000 }), buildItem(3)],
      meeting: { ...v.meeting, seq: 8, status: 'ended', endedAt: NOW, itemStartedAt: null },
    }),
  },
  {
    name: 'agenda:item-added appends',
    event: { type: 'agenda:item-added', item: buildItem(4, { title: 'Break', kind: 'break' }), ...stamp },
    expected: (v) => ({ ...withSeq(v), agenda: [...v.agenda, buildItem(4, { title: 'Break', kind: 'break' })] }),
  },
  {
    name: 'agenda:item-updated replaces the item in place',
    event: { type: 'agenda:item-updated', item: buildItem(1, { title: 'Welcome', spentMs: 540_000 }), ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      agenda: [buildItem(1, { title: 'Welcome', spentMs: 540_000 }), buildItem(2, { spentMs: 10_000 }), buildItem(3)],
    }),
  },
  {
    name: 'agenda:item-updated leaving the record forgets its sources and named voters in the view too',
    view: liveView({
      points: [buildPoint(1, { source: { name: 'Canary Speaker', organisation: 'Canary Org' } }), buildPoint(2)],
      votes: [
        buildVote({
          itemId: itemId(1),
          named: true,
          results: { ...RESULTS, voters: [{ optionId: 'option-0001', names: ['Canary Voter'] }] },
        }),
      ],
    }),
    event: { type: 'agenda:item-updated', item: buildItem(1, { confidentiality: 'chatham-house' }), ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      agenda: [buildItem(1, { confidentiality: 'chatham-house' }), buildItem(2, { spentMs: 10_000 }), buildItem(3)],
      points: [buildPoint(1, { source: null }), buildPoint(2)],
      votes: [buildVote({ itemId: itemId(1), named: false, results: { ...RESULTS, voters: null } })],
    }),
  },
  {
    name: 'agenda:item-removed drops the item',
    event: { type: 'agenda:item-removed', itemId: itemId(3), ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      agenda: [buildItem(1, { spentMs: 540_000 }), buildItem(2, { spentMs: 10_000 })],
    }),
  },
  {
    name: 'agenda:reordered puts items in the new order',
    event: { type: 'agenda:reordered', itemIds: [itemId(3), itemId(1), itemId(2)], ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      agenda: [buildItem(3), buildItem(1, { spentMs: 540_000 }), buildItem(2, { spentMs: 10_000 })],
    }),
  },
  {
    name: 'agenda:reordered skips ids the view does not know',
    event: { type: 'agenda:reordered', itemIds: [itemId(2), 'item-unknown', itemId(1), itemId(3)], ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      agenda: [buildItem(2, { spentMs: 10_000 }), buildItem(1, { spentMs: 540_000 }), buildItem(3)],
    }),
  },
  {
    name: 'agenda:advanced records time on the old item and moves on',
    event: {
      type: 'agenda:advanced',
      fromItemId: itemId(2),
      fromItemSpentMs: 70_000,
      currentItemId: itemId(3),
      itemStartedAt: NOW,
      ...stamp,
    },
    expected: (v) => ({
      ...v,
      agenda: [buildItem(1, { spentMs: 540_000 }), buildItem(2, { spentMs: 70_000 }), buildItem(3)],
      meeting: { ...v.meeting, seq: 8, currentItemId: itemId(3), itemStartedAt: NOW },
    }),
  },
  {
    name: 'member:joined adds to the member list',
    event: { type: 'member:joined', member: newcomer, ...stamp },
    expected: (v) => ({ ...withSeq(v), members: [...(v.members ?? []), newcomer] }),
  },
  {
    name: 'member:joined twice does not duplicate',
    view: liveView({ members: [buildMember({ id: SELF, role: 'facilitator' }), newcomer] }),
    event: { type: 'member:joined', member: newcomer, ...stamp },
    expected: (v) => withSeq(v),
  },
  {
    name: 'member:joined leaves a hidden member list hidden',
    view: liveView({ members: null }),
    event: { type: 'member:joined', member: newcomer, ...stamp },
    expected: (v) => ({ ...withSeq(v), members: null }),
  },
  {
    name: 'member:role-changed of another member changes the list only',
    event: { type: 'member:role-changed', memberId: 'member-0002', role: 'rapporteur', ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      members: (v.members ?? []).map((m) => (m.id === 'member-0002' ? { ...m, role: 'rapporteur' } : m)),
    }),
  },
  {
    name: 'member:role-changed of self changes self.role',
    view: liveView({ self: buildMember({ id: SELF, role: 'participant' }), members: null }),
    event: { type: 'member:role-changed', memberId: SELF, role: 'presenter', ...stamp },
    expected: (v) => ({ ...withSeq(v), self: { ...v.self, role: 'presenter' }, members: null }),
  },
  {
    name: 'member:removed of another member drops them from the list',
    event: { type: 'member:removed', memberId: 'member-0003', ...stamp },
    expected: (v) => ({ ...withSeq(v), members: (v.members ?? []).filter((m) => m.id !== 'member-0003') }),
  },
  {
    name: 'member:admitted marks the named members as no longer waiting',
    view: (() => {
      const v = liveView();
      return { ...v, members: (v.members ?? []).map((m) => (m.id === 'member-0003' ? { ...m, waiting: true } : m)) };
    })(),
    event: { type: 'member:admitted', memberIds: ['member-0003'], ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      members: (v.members ?? []).map((m) => (m.id === 'member-0003' ? { ...m, waiting: false } : m)),
    }),
  },
  {
    name: 'meeting:lobby-changed replaces the lobby settings',
    event: { type: 'meeting:lobby-changed', lobby: { locked: true, waitingRoom: true }, ...stamp },
    expected: (v) => ({ ...v, meeting: { ...v.meeting, seq: 8, lobby: { locked: true, waitingRoom: true } } }),
  },
  {
    name: 'meeting:join-code-rotated replaces the join code',
    event: { type: 'meeting:join-code-rotated', joinCode: 'NEWCODE1', ...stamp },
    expected: (v) => ({ ...v, meeting: { ...v.meeting, seq: 8, joinCode: 'NEWCODE1' } }),
  },
  {
    name: 'member:removed of self sets removed',
    view: liveView({ self: buildMember({ id: SELF, role: 'observer' }), members: null }),
    event: { type: 'member:removed', memberId: SELF, ...stamp },
    expected: (v) => ({ ...withSeq(v), removed: true }),
  },

  // member and meeting categories
  {
    name: 'member:categories-changed of another member changes the list only',
    event: { type: 'member:categories-changed', memberId: 'member-0002', categories: { sector: 'donor' }, ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      members: (v.members ?? []).map((m) => (m.id === 'member-0002' ? { ...m, categories: { sector: 'donor' } } : m)),
    }),
  },
  {
    name: 'member:categories-changed of self changes self and self in the list',
    event: { type: 'member:categories-changed', memberId: SELF, categories: { region: 'mena' }, ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      self: { ...v.self, categories: { region: 'mena' } },
      members: (v.members ?? []).map((m) => (m.id === SELF ? { ...m, categories: { region: 'mena' } } : m)),
    }),
  },
  {
    name: 'member:categories-changed of self without a member list',
    view: liveView({ self: buildMember({ id: SELF, categories: { sector: 'donor' } }), members: null }),
    event: { type: 'member:categories-changed', memberId: SELF, categories: {}, ...stamp },
    expected: (v) => ({ ...withSeq(v), self: { ...v.self, categories: {} }, members: null }),
  },
  {
    name: 'meeting:retention-changed changes nothing in the live view',
    event: { type: 'meeting:retention-changed', retentionDays: null, ...stamp },
    expected: (v) => withSeq(v),
  },
  {
    name: 'meeting:categories-changed replaces the categories',
    event: { type: 'meeting:categories-changed', categories: [CATEGORIES[1] as BalanceCategory], ...stamp },
    expected: (v) => ({
      ...v,
      meeting: { ...v.meeting, seq: 8, balanceCategories: [CATEGORIES[1] as BalanceCategory] },
    }),
  },

  // the speaker queue (queued: e1, e2, e3 waiting; member-0002 speaking in turn-0001 since NOW - 30 s)
  {
    name: 'queue:hand-raised inserts at the given position',
    view: queued(),
    event: { type: 'queue:hand-raised', entry: buildEntry(9), position: 1, ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      queue: { ...v.queue, entries: [buildEntry(1), buildEntry(9), buildEntry(2), buildEntry(3)] },
    }),
  },
  {
    name: 'queue:hand-raised at the end',
    view: queued(),
    event: { type: 'queue:hand-raised', entry: buildEntry(9), position: 3, ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      queue: { ...v.queue, entries: [buildEntry(1), buildEntry(2), buildEntry(3), buildEntry(9)] },
    }),
  },
  {
    name: 'queue:hand-raised into an empty queue',
    event: { type: 'queue:hand-raised', entry: buildEntry(9), position: 0, ...stamp },
    expected: (v) => ({ ...withSeq(v), queue: { status: 'open', entries: [buildEntry(9)], floor: null } }),
  },
  {
    name: 'queue:hand-raised for an entry already there is ignored',
    view: queued(),
    event: { type: 'queue:hand-raised', entry: buildEntry(2), position: 0, ...stamp },
    expected: (v) => withSeq(v),
  },
  {
    name: 'queue:entry-removed drops the entry',
    view: queued(),
    event: { type: 'queue:entry-removed', entryId: 'entry-0002', reason: 'lowered', ...stamp },
    expected: (v) => ({ ...withSeq(v), queue: { ...v.queue, entries: [buildEntry(1), buildEntry(3)] } }),
  },
  {
    name: 'queue:entry-removed of an unknown entry changes nothing else',
    view: queued(),
    event: { type: 'queue:entry-removed', entryId: 'entry-0009', reason: 'removed', ...stamp },
    expected: (v) => withSeq(v),
  },
  {
    name: 'queue:reordered puts entries in the new order and keeps the settings',
    view: queued(),
    event: { type: 'queue:reordered', entryIds: ['entry-0003', 'entry-0001', 'entry-0002'], ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      queue: { ...v.queue, entries: [buildEntry(3), buildEntry(1), buildEntry(2)] },
    }),
  },
  {
    name: 'queue:settings-changed sets the settings and reorders',
    view: queued(),
    event: {
      type: 'queue:settings-changed',
      settings: { policy: 'first-come', allowPriority: false, speakingLimitSeconds: 90 },
      entryIds: ['entry-0002', 'entry-0003', 'entry-0001'],
      ...stamp,
    },
    expected: (v) => ({
      ...v,
      meeting: {
        ...v.meeting,
        seq: 8,
        queueSettings: { policy: 'first-come', allowPriority: false, speakingLimitSeconds: 90 },
      },
      queue: { ...v.queue, entries: [buildEntry(2), buildEntry(3), buildEntry(1)] },
    }),
  },
  {
    name: 'queue:floor-given removes the entry, sets the floor and adds a turn to the member',
    view: queued({ floor: null }),
    event: {
      type: 'queue:floor-given',
      entryId: 'entry-0002',
      floor: buildFloor({ turnId: 'turn-0002', memberId: 'member-0002', startedAt: NOW }),
      ...stamp,
    },
    expected: (v) => ({
      ...withSeq(v),
      members: (v.members ?? []).map((m) => (m.id === 'member-0002' ? { ...m, turns: 4 } : m)),
      queue: {
        ...v.queue,
        entries: [buildEntry(1), buildEntry(3)],
        floor: buildFloor({ turnId: 'turn-0002', memberId: 'member-0002', startedAt: NOW }),
      },
    }),
  },
  {
    name: 'queue:floor-given to self adds a turn to self',
    view: queued({ floor: null, entries: [buildEntry(1, { memberId: SELF })] }),
    event: {
      type: 'queue:floor-given',
      entryId: 'entry-0001',
      floor: buildFloor({ memberId: SELF, startedAt: NOW }),
      ...stamp,
    },
    expected: (v) => ({
      ...withSeq(v),
      self: { ...v.self, turns: 1 },
      members: (v.members ?? []).map((m) => (m.id === SELF ? { ...m, turns: 1 } : m)),
      queue: { ...v.queue, entries: [], floor: buildFloor({ memberId: SELF, startedAt: NOW }) },
    }),
  },
  {
    name: 'queue:floor-given to someone without a membership counts no turn',
    view: queued({ floor: null }),
    event: {
      type: 'queue:floor-given',
      entryId: 'entry-0001',
      floor: buildFloor({ memberId: null, name: null, startedAt: NOW }),
      ...stamp,
    },
    expected: (v) => ({
      ...withSeq(v),
      queue: {
        ...v.queue,
        entries: [buildEntry(2), buildEntry(3)],
        floor: buildFloor({ memberId: null, name: null, startedAt: NOW }),
      },
    }),
  },
  {
    name: 'queue:turn-ended of the current turn adds its time to the member and frees the floor',
    view: queued(),
    event: { type: 'queue:turn-ended', turnId: 'turn-0001', memberId: 'member-0002', floorMs: 30_000, ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      members: (v.members ?? []).map((m) => (m.id === 'member-0002' ? { ...m, floorMs: 150_000 } : m)),
      queue: { ...v.queue, floor: null },
    }),
  },
  {
    name: 'queue:turn-ended of another turn changes nothing, not even the member’s time',
    view: queued(),
    event: { type: 'queue:turn-ended', turnId: 'turn-0000', memberId: 'member-0002', floorMs: 30_000, ...stamp },
    expected: (v) => withSeq(v),
  },
  {
    name: 'queue:turn-ended while nobody speaks changes nothing',
    view: queued({ floor: null }),
    event: { type: 'queue:turn-ended', turnId: 'turn-0001', memberId: 'member-0002', floorMs: 30_000, ...stamp },
    expected: (v) => withSeq(v),
  },
  ...(['paused', 'closed'] as const).map(
    (status): Case => ({
      name: `queue:status-changed to ${status}`,
      view: queued(),
      event: { type: 'queue:status-changed', status, ...stamp },
      expected: (v) => ({ ...withSeq(v), queue: { ...v.queue, status } }),
    }),
  ),
  {
    name: 'queue:cleared empties the waiting list and leaves the speaker',
    view: queued(),
    event: { type: 'queue:cleared', ...stamp },
    expected: (v) => ({ ...withSeq(v), queue: { ...v.queue, entries: [] } }),
  },
  {
    name: 'theme:added appends the themes after the existing ones',
    view: pointsView(),
    event: { type: 'theme:added', themes: [buildTheme(4), buildTheme(5)], ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      meeting: { ...v.meeting, seq: 8, themes: [...THEMES, buildTheme(4), buildTheme(5)] },
    }),
  },
  {
    name: 'theme:updated replaces the theme in place',
    view: pointsView(),
    event: { type: 'theme:updated', theme: buildTheme(2, { name: 'Livelihoods', colour: '#b5651d' }), ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      meeting: {
        ...v.meeting,
        seq: 8,
        themes: [buildTheme(1), buildTheme(2, { name: 'Livelihoods', colour: '#b5651d' }), buildTheme(3)],
      },
    }),
  },
  {
    name: 'theme:reordered puts themes in the new order and skips unknown ids',
    view: pointsView(),
    event: { type: 'theme:reordered', themeIds: [themeId(3), themeId(9), themeId(1), themeId(2)], ...stamp },
    expected: (v) => ({
      ...withSeq(v),
      meeting: { ...v.meeting, seq: 8, themes: [buildTheme(3), buildTheme(1), buildTheme(2)] },
    }),
  },
  {
    name: 'theme:merged drops the source and retags its points with the target, without duplicates',
    view: pointsView(),
    event: { type: 'theme:merged', sourceId: themeId(2), targetId: themeId(1), ...stamp },
    expected: (v) => ({
      ...withPoints(v, (p) => ({ ...p, themeIds: [themeId(1)] })),
      meeting: { ...v.meeting, seq: 8, themes: [buildTheme(1), buildTheme(3)] },
    }),
  },
  {
    name: 'theme:merged into a theme a point lacks adds it after the others',
    view: pointsView(),
    event: { type: 'theme:merged', sourceId: themeId(1), targetId: themeId(3), ...stamp },
    expected: (v) => ({
      ...withPoints(v, (p) =>
        p.id === pointId(1)
          ? { ...p, themeIds: [themeId(3)] }
          : p.id === pointId(2)
            ? { ...p, themeIds: [themeId(2), themeId(3)] }
            : p,
      ),
      meeting: { ...v.meeting, seq: 8, themes: [buildTheme(2), buildTheme(3)] },
    }),
  },
  {
    name: 'theme:removed drops the theme and untags its points',
    view: pointsView(),
    event: { type: 'theme:removed', themeId: themeId(2), ...stamp },
    expected: (v) => ({
      ...withPoints(v, (p) => ({ ...p, themeIds: p.themeIds.filter((id) => id !== themeId(2)) })),
      meeting: { ...v.meeting, seq: 8, themes: [buildTheme(1), buildTheme(3)] },
    }),
  },
  {
    name: 'points:settings-changed replaces the settings',
    view: pointsView(),
    event: {
      type: 'points:settings-changed',
      settings: { participantsMaySubmit: false, premoderate: false, maxPerMinute: 0 },
      ...stamp,
    },
    expected: (v) => ({
      ...withSeq(v),
      meeting: {
        ...v.meeting,
        seq: 8,
        pointsSettings: { participantsMaySubmit: false, premoderate: false, maxPerMinute: 0 },
      },
    }),
  },
  {
    name: 'point:submitted appends the point',
    view: pointsView(),
    event: { type: 'point:submitted', point: buildPoint(4, { status: 'pending' }), ...stamp },
    expected: (v) => ({ ...withSeq(v), points: [...v.points, buildPoint(4, { status: 'pending' })] }),
  },
  {
    name: 'point:submitted for a point already there is ignored',
    view: pointsView(),
    event: { type: 'point:submitted', point: buildPoint(2, { text: 'Changed' }), ...stamp },
    expected: (v) => withSeq(v),
  },
  {
    name: 'point:edited replaces the point in place',
    view: pointsView(),
    event: { type: 'point:edited', point: buildPoint(2, { text: 'Reworded', editedAt: NOW }), ...stamp },
    expected: (v) =>
      withPoints(v, (p) => (p.id === pointId(2) ? buildPoint(2, { text: 'Reworded', editedAt: NOW }) : p)),
  },
  {
    name: 'point:edited of a point new to this viewer inserts it in time order',
    view: pointsView({ role: 'participant' }),
    event: {
      type: 'point:edited',
      point: buildPoint(9, { createdAt: NOW - 3_600_000 + 150_000, editedAt: NOW }),
      ...stamp,
    },
    expected: (v) => {
      const [p1, p2, p3] = v.points as [MeetingView['points'][number], ...MeetingView['points']];
      const inserted = buildPoint(9, { createdAt: NOW - 3_600_000 + 150_000, editedAt: NOW });
      return { ...withSeq(v), points: [p1, p2, inserted, p3] as MeetingView['points'] };
    },
  },
  {
    name: 'point:moderated published brings a held point into a participant view, in time order',
    view: pointsView({ role: 'participant' }),
    event: {
      type: 'point:moderated',
      pointId: pointId(9),
      status: 'published',
      reason: null,
      point: buildPoint(9, { createdAt: NOW - 3_600_000 + 30_000 }),
      ...stamp,
    },
    expected: (v) => ({
      ...withSeq(v),
      points: [buildPoint(9, { createdAt: NOW - 3_600_000 + 30_000 }), ...v.points],
    }),
  },
  {
    name: 'point:moderated published updates a pending point the desk already sees',
    view: {
      ...pointsView(),
      points: [buildPoint(1, { status: 'pending', reason: 'Checking' }), buildPoint(2)],
    },
    event: {
      type: 'point:moderated',
      pointId: pointId(1),
      status: 'published',
      reason: null,
      point: buildPoint(1),
      ...stamp,
    },
    expected: (v) => ({ ...withSeq(v), points: [buildPoint(1), buildPoint(2)] }),
  },
  {
    name: 'point:moderated hidden removes the point for a participant who did not send it',
    view: pointsView({ role: 'participant', mine: [pointId(1)] }),
    event: {
      type: 'point:moderated',
      pointId: pointId(2),
      status: 'hidden',
      reason: 'Names a person',
      point: null,
      ...stamp,
    },
    expected: (v) => ({ ...withSeq(v), points: v.points.filter((p) => p.id !== pointId(2)) }),
  },
  {
    name: 'point:moderated hidden keeps the point, with the reason, for its sender',
    view: pointsView({ role: 'participant', mine: [pointId(2)] }),
    event: {
      type: 'point:moderated',
      pointId: pointId(2),
      status: 'hidden',
      reason: 'Names a person',
      point: null,
      ...stamp,
    },
    expected: (v) =>
      withPoints(v, (p) => (p.id === pointId(2) ? { ...p, status: 'hidden', reason: 'Names a person' } : p)),
  },
  {
    name: 'point:moderated hidden keeps the point, with the reason, for the rapporteur (desk)',
    view: pointsView({ role: 'rapporteur' }),
    event: {
      type: 'point:moderated',
      pointId: pointId(2),
      status: 'hidden',
      reason: 'Names a person',
      point: null,
      ...stamp,
    },
    expected: (v) =>
      withPoints(v, (p) => (p.id === pointId(2) ? { ...p, status: 'hidden', reason: 'Names a person' } : p)),
  },
  {
    name: 'point:moderated pending keeps the point, with the reason, for the facilitator',
    view: pointsView(),
    event: {
      type: 'point:moderated',
      pointId: pointId(3),
      status: 'pending',
      reason: 'Checking',
      point: null,
      ...stamp,
    },
    expected: (v) => withPoints(v, (p) => (p.id === pointId(3) ? { ...p, status: 'pending', reason: 'Checking' } : p)),
  },
  {
    name: 'point:moderated hidden of a point the viewer never saw changes nothing',
    view: pointsView({ role: 'participant' }),
    event: { type: 'point:moderated', pointId: pointId(9), status: 'hidden', reason: null, point: null, ...stamp },
    expected: (v) => withSeq(v),
  },
  {
    name: 'point:support-changed sets the count of that point only',
    view: pointsView(),
    event: { type: 'point:support-changed', pointId: pointId(3), supportCount: 4, ...stamp },
    expected: (v) => withPoints(v, (p) => (p.id === pointId(3) ? { ...p, supportCount: 4 } : p)),
  },
  {
    name: 'point:merged marks the sources merged into the target and sets the target count',
    view: pointsView(),
    event: {
      type: 'point:merged',
      targetId: pointId(1),
      sourceIds: [pointId(2), pointId(3)],
      supportCount: 5,
      ...stamp,
    },
    expected: (v) =>
      withPoints(v, (p) =>
        p.id === pointId(1) ? { ...p, supportCount: 5 } : { ...p, status: 'merged', mergedInto: pointId(1) },
      ),
  },
  {
    name: 'point:marked sets the marks of that point only',
    view: pointsView(),
    event: {
      type: 'point:marked',
      pointId: pointId(2),
      starred: true,
      recommendation: true,
      parkingLot: { owner: 'Civic Forum', dueDate: '2025-04-30' },
      form: 'imperative',
      addressee: 'donors',
      identifying: true,
      ...stamp,
    },
    expected: (v) =>
      withPoints(v, (p) =>
        p.id === pointId(2)
          ? {
              ...p,
              starred: true,
              recommendation: true,
              parkingLot: { owner: 'Civic Forum', dueDate: '2025-04-30' },
              form: 'imperative',
              addressee: 'donors',
              identifying: true,
            }
          : p,
      ),
  },
  {
    name: 'meeting:report-settings-changed replaces the report settings',
    event: {
      type: 'meeting:report-settings-changed',
      settings: { themeOrder: 'weight', digits: 'arabic-indic', sensitiveTerms: ['Wadi Araba'] },
      ...stamp,
    },
    expected: (v) => ({
      ...withSeq(v),
      meeting: {
        ...withSeq(v).meeting,
        reportSettings: { themeOrder: 'weight', digits: 'arabic-indic', sensitiveTerms: ['Wadi Araba'] },
      },
    }),
  },
  {
    name: 'vote:reopened opens a closed vote again without its old timer, its results hidden unless live',
    view: liveView({ votes: [buildVote({ status: 'closed', closedAt: NOW - 1000, closesAt: NOW - 1000 })] }),
    event: { type: 'vote:reopened', voteId: buildVote().id, results: null, ...stamp },
    expected: (v) => ({ ...withSeq(v), votes: [{ ...buildVote(), status: 'open', closedAt: null, results: null }] }),
  },
  {
    name: 'vote:deleted removes the vote',
    view: liveView({ votes: [buildVote(), buildVote({ id: 'vote-0002' })] }),
    event: { type: 'vote:deleted', voteId: buildVote().id, ...stamp },
    expected: (v) => ({ ...withSeq(v), votes: [buildVote({ id: 'vote-0002' })] }),
  },
  {
    name: 'vote:turnout sets how many people have voted, nothing else',
    view: liveView({ votes: [buildVote()] }),
    event: { type: 'vote:turnout', voteId: buildVote().id, turnout: 12, ...stamp },
    expected: (v) => ({ ...withSeq(v), votes: [{ ...buildVote(), turnout: 12 }] }),
  },
  {
    name: 'vote:opened appends the vote',
    event: { type: 'vote:opened', vote: buildVote(), ...stamp },
    expected: (v) => ({ ...withSeq(v), votes: [buildVote()] }),
  },
  {
    name: 'vote:results-updated sets the live results',
    view: liveView({ votes: [buildVote({ liveResults: true })] }),
    event: { type: 'vote:results-updated', voteId: 'vote-0001', results: RESULTS, ...stamp },
    expected: (v) => ({ ...withSeq(v), votes: [buildVote({ liveResults: true, results: RESULTS })] }),
  },
  {
    name: 'vote:closed closes the vote at the event time with its results',
    view: liveView({ votes: [buildVote()] }),
    event: { type: 'vote:closed', voteId: 'vote-0001', results: RESULTS, ...stamp },
    expected: (v) => ({ ...withSeq(v), votes: [buildVote({ status: 'closed', closedAt: NOW, results: RESULTS })] }),
  },
];

describe('applyEvent', () => {
  it.each(cases)('$name', ({ view, event, expected }) => {
    const before = view ?? liveView();
    const frozen = structuredClone(before);
    expect(applyEvent(before, event)).toEqual(expected(frozen));
    expect(before).toEqual(frozen);
  });

  it('covers every event type the protocol defines', () => {
    const types = new Set(cases.map((c) => c.event.type));
    const all = meetingEventBodySchema.options.map((o) => o.shape.type.value);
    expect(all).toHaveLength(45);
    expect([...types].sort()).toEqual([...all].sort());
  });

  it('keeps removed once set, whatever follows', () => {
    let view = applyEvent(liveView(), { type: 'member:removed', memberId: SELF, seq: 8, at: NOW });
    view = applyEvent(view, { type: 'member:removed', memberId: 'member-0002', seq: 9, at: NOW });
    view = applyEvent(view, { type: 'sequence:withheld', seq: 10, at: NOW });
    expect({ removed: view.removed, seq: view.meeting.seq }).toEqual({ removed: true, seq: 10 });
  });
});

describe('viewFromSnapshot', () => {
  it('takes meeting, agenda, members, queue, points, votes and self from the snapshot and starts not removed', () => {
    const snapshot = buildSnapshot({
      queue: buildQueue({ status: 'paused', entries: [buildEntry(1)] }),
      points: [buildPoint(1), buildPoint(2)],
      myPointIds: [pointId(2)],
      mySupportIds: [pointId(1)],
      votes: [buildVote()],
      myBallots: [{ voteId: 'vote-0001', ballot: { optionIds: ['option-0002'] } }],
    });
    expect(viewFromSnapshot(snapshot)).toEqual({
      meeting: snapshot.meeting,
      agenda: snapshot.agenda,
      members: snapshot.members,
      queue: { status: 'paused', entries: [buildEntry(1)], floor: null },
      points: [buildPoint(1), buildPoint(2)],
      myPointIds: [pointId(2)],
      mySupportIds: [pointId(1)],
      votes: [buildVote()],
      myBallots: [{ voteId: 'vote-0001', ballot: { optionIds: ['option-0002'] } }],
      self: snapshot.self,
      removed: false,
    });
  });
});

describe('elapsedOnCurrentItem', () => {
  it.each([
    { name: 'live: earlier visits plus the running visit', view: liveView(), at: NOW, expected: 70_000 },
    { name: 'live: a minute later', view: liveView(), at: NOW + 60_000, expected: 130_000 },
    {
      name: 'live: server time before the item started counts as zero',
      view: liveView(),
      at: NOW - 120_000,
      expected: 10_000,
    },
    {
      name: 'after end: the recorded time, however late it is asked',
      view: applyEvent(liveView(), {
        type: 'meeting:ended',
        lastItemId: itemId(2),
        lastItemSpentMs: 70_000,
        seq: 8,
        at: NOW,
      }),
      at: NOW + 3_600_000,
      expected: 70_000,
    },
    {
      name: 'draft: nothing is current',
      view: viewFromSnapshot(buildSnapshot()),
      at: NOW,
      expected: 0,
    },
    {
      name: 'current item unknown to the view',
      view: liveView({ agenda: [buildItem(1, { spentMs: 5_000 })] }),
      at: NOW,
      expected: 0,
    },
  ])('$name → $expected ms', ({ view, at, expected }) => {
    expect(elapsedOnCurrentItem(view, at)).toBe(expected);
  });

  it('after moving on, counts only the new item', () => {
    const moved = applyEvent(liveView(), {
      type: 'agenda:advanced',
      fromItemId: itemId(2),
      fromItemSpentMs: 70_000,
      currentItemId: itemId(1),
      itemStartedAt: NOW,
      seq: 8,
      at: NOW,
    });
    expect(elapsedOnCurrentItem(moved, NOW + 15_000)).toBe(555_000);
  });
});
