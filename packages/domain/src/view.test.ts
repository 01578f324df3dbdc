import { type BalanceCategory, type MeetingEvent, meetingEventBodySchema, type Queue } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildFloor,
  buildItem,
  buildMeeting,
  buildMember,
  buildQueue,
  buildSnapshot,
  CATEGORIES,
  itemId,
  NOW,
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
    expect(all).toHaveLength(22);
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
  it('takes meeting, agenda, members, queue and self from the snapshot and starts not removed', () => {
    const snapshot = buildSnapshot({ queue: buildQueue({ status: 'paused', entries: [buildEntry(1)] }) });
    expect(viewFromSnapshot(snapshot)).toEqual({
      meeting: snapshot.meeting,
      agenda: snapshot.agenda,
      members: snapshot.members,
      queue: { status: 'paused', entries: [buildEntry(1)], floor: null },
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
