import type { MeetingEvent } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { buildItem, buildMeeting, buildMember, buildSnapshot, itemId, NOW } from './test/factories.js';
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
];

describe('applyEvent', () => {
  it.each(cases)('$name', ({ view, event, expected }) => {
    const before = view ?? liveView();
    const frozen = structuredClone(before);
    expect(applyEvent(before, event)).toEqual(expected(frozen));
    expect(before).toEqual(frozen);
  });

  it('covers every event type', () => {
    const types = new Set(cases.map((c) => c.event.type));
    expect([...types].sort()).toEqual(
      [
        'agenda:advanced',
        'agenda:item-added',
        'agenda:item-removed',
        'agenda:item-updated',
        'agenda:reordered',
        'meeting:ended',
        'meeting:started',
        'meeting:updated',
        'member:joined',
        'member:removed',
        'member:role-changed',
        'sequence:withheld',
      ].sort(),
    );
  });

  it('keeps removed once set, whatever follows', () => {
    let view = applyEvent(liveView(), { type: 'member:removed', memberId: SELF, seq: 8, at: NOW });
    view = applyEvent(view, { type: 'member:removed', memberId: 'member-0002', seq: 9, at: NOW });
    view = applyEvent(view, { type: 'sequence:withheld', seq: 10, at: NOW });
    expect({ removed: view.removed, seq: view.meeting.seq }).toEqual({ removed: true, seq: 10 });
  });
});

describe('viewFromSnapshot', () => {
  it('takes meeting, agenda, members and self from the snapshot and starts not removed', () => {
    const snapshot = buildSnapshot();
    expect(viewFromSnapshot(snapshot)).toEqual({
      meeting: snapshot.meeting,
      agenda: snapshot.agenda,
      members: snapshot.members,
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
