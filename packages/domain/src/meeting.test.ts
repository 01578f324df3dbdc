import { COMMAND_TYPES, type CommandBody, type CommandType, type ErrorCode, LIMITS, type Role } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { type Actor, type DecideContext, type Decision, decide, type MeetingState, type Target } from './meeting.js';
import type { PointLookups } from './points.js';
import {
  buildEntry,
  buildFloor,
  buildItem,
  buildItemDraft,
  buildMember,
  buildPoint,
  buildState,
  buildTheme,
  buildVote,
  cmd,
  entryId,
  itemId,
  NOW,
  pointId,
  sequentialIds,
  themeId,
} from './test/factories.js';
import type { VoteLookups } from './votes.js';

const facilitator: Actor = { memberId: 'member-self', role: 'facilitator', displayName: 'Rania Aziz', turns: 0 };
const owner: Actor = { ...facilitator, isOwner: true };
const coFacilitator: Actor = {
  memberId: 'member-cofa',
  role: 'co-facilitator',
  displayName: 'Karim Mansour',
  turns: 0,
};
const participantTarget: Target = { member: buildMember({ id: 'member-0002' }), isOwner: false };
const ownerTarget: Target = { member: buildMember({ id: 'member-owner', role: 'facilitator' }), isOwner: true };

const refused = (code: ErrorCode): Decision => ({ ok: false, code });

interface Case {
  name: string;
  state: MeetingState;
  command: CommandBody;
  actor?: Actor;
  target?: Target | null;
  expected: Decision;
}

/** Points 1 to 3 are published; the actor supports point 2 and nothing else. */
const samplePoints: PointLookups = {
  findPoint: (id) => [1, 2, 3].map((n) => buildPoint(n)).find((p) => p.id === id) ?? null,
  hasSupported: (id) => id === pointId(2),
  mergedSupportCount: () => 3,
  organisationOf: () => 'Civic Forum',
  pointsSentSince: () => 0,
};

/** vote-0001 is an open single-choice poll on item 2 with two options; the actor has not voted. */
const sampleVotes: VoteLookups = {
  // vote-0002 is the same poll, closed, so that reopening it can succeed.
  findVote: (id) =>
    id === 'vote-0001' ? buildVote() : id === 'vote-0002' ? buildVote({ id: 'vote-0002', status: 'closed' }) : null,
  myBallot: () => null,
  ballots: () => [],
  findPoint: samplePoints.findPoint,
  openVotes: () => [buildVote()],
};

function run(c: Pick<Case, 'state' | 'command' | 'actor' | 'target'>): Decision {
  const ctx: DecideContext = {
    now: NOW,
    newId: sequentialIds(),
    target: c.target,
    points: samplePoints,
    votes: sampleVotes,
    newJoinCode: () => 'NEWCODE1',
  };
  return decide(c.state, cmd(c.command), c.actor ?? facilitator, ctx);
}

const live = (currentIndex = 0, extra: Parameters<typeof buildState>[0] = {}) =>
  buildState({ status: 'live', currentIndex, itemStartedAt: NOW - 60_000, ...extra });
const draft = buildState({ status: 'draft' });
const ended = buildState({ status: 'ended', currentIndex: 2 });

const cases: Case[] = [
  // meeting:start
  {
    name: 'start: draft starts on the first item at now',
    state: draft,
    command: { type: 'meeting:start' },
    expected: { ok: true, events: [{ type: 'meeting:started', currentItemId: itemId(1), itemStartedAt: NOW }] },
  },
  {
    name: 'start: a co-facilitator may start too',
    state: draft,
    command: { type: 'meeting:start' },
    actor: coFacilitator,
    expected: { ok: true, events: [{ type: 'meeting:started', currentItemId: itemId(1), itemStartedAt: NOW }] },
  },
  {
    name: 'start: empty agenda is refused',
    state: buildState({ status: 'draft', count: 0 }),
    command: { type: 'meeting:start' },
    expected: refused('AGENDA_EMPTY'),
  },
  {
    name: 'start: already live',
    state: live(),
    command: { type: 'meeting:start' },
    expected: refused('MEETING_ALREADY_STARTED'),
  },
  { name: 'start: ended', state: ended, command: { type: 'meeting:start' }, expected: refused('MEETING_ENDED') },

  // meeting:end
  {
    name: 'end: live records time on the last item, including earlier visits',
    state: live(1, { items: [buildItem(1), buildItem(2, { spentMs: 30_000 }), buildItem(3)] }),
    command: { type: 'meeting:end' },
    expected: { ok: true, events: [{ type: 'meeting:ended', lastItemId: itemId(2), lastItemSpentMs: 90_000 }] },
  },
  { name: 'end: draft', state: draft, command: { type: 'meeting:end' }, expected: refused('MEETING_NOT_LIVE') },
  { name: 'end: ended', state: ended, command: { type: 'meeting:end' }, expected: refused('MEETING_ENDED') },

  // meeting:update (every defaulted field given, so the parsed details are exactly what was sent)
  ...(['draft', 'live'] as const).map(
    (status): Case => ({
      name: `update: ${status} meeting accepts new details`,
      state: buildState({ status }),
      command: {
        type: 'meeting:update',
        details: {
          title: 'حوار حول المياه',
          description: 'Second session',
          videoCallUrl: 'https://meet.example.org/x',
        },
      },
      expected: {
        ok: true,
        events: [
          {
            type: 'meeting:updated',
            details: {
              title: 'حوار حول المياه',
              description: 'Second session',
              videoCallUrl: 'https://meet.example.org/x',
            },
          },
        ],
      },
    }),
  ),
  {
    name: 'update: ended',
    state: ended,
    command: { type: 'meeting:update', details: { title: 'Late', description: '', videoCallUrl: null } },
    expected: refused('MEETING_ENDED'),
  },

  // agenda:next
  {
    name: 'next: moves to the following item and records time spent',
    state: live(0),
    command: { type: 'agenda:next' },
    expected: {
      ok: true,
      events: [
        {
          type: 'agenda:advanced',
          fromItemId: itemId(1),
          fromItemSpentMs: 60_000,
          currentItemId: itemId(2),
          itemStartedAt: NOW,
        },
      ],
    },
  },
  {
    name: 'next: matching fromItemId is accepted',
    state: live(1),
    command: { type: 'agenda:next', fromItemId: itemId(2) },
    expected: {
      ok: true,
      events: [
        {
          type: 'agenda:advanced',
          fromItemId: itemId(2),
          fromItemSpentMs: 60_000,
          currentItemId: itemId(3),
          itemStartedAt: NOW,
        },
      ],
    },
  },
  {
    name: 'next: spent time adds to earlier visits (spentMs + now - itemStartedAt)',
    state: live(0, { itemStartedAt: NOW - 5_000, items: [buildItem(1, { spentMs: 120_000 }), buildItem(2)] }),
    command: { type: 'agenda:next' },
    expected: {
      ok: true,
      events: [
        {
          type: 'agenda:advanced',
          fromItemId: itemId(1),
          fromItemSpentMs: 125_000,
          currentItemId: itemId(2),
          itemStartedAt: NOW,
        },
      ],
    },
  },
  {
    name: 'next: stale fromItemId',
    state: live(1),
    command: { type: 'agenda:next', fromItemId: itemId(1) },
    expected: refused('AGENDA_ALREADY_MOVED'),
  },
  {
    name: 'next: at the last item',
    state: live(2),
    command: { type: 'agenda:next' },
    expected: refused('AGENDA_AT_END'),
  },
  {
    name: 'next: single-item agenda is at its end',
    state: live(0, { count: 1 }),
    command: { type: 'agenda:next' },
    expected: refused('AGENDA_AT_END'),
  },
  { name: 'next: draft', state: draft, command: { type: 'agenda:next' }, expected: refused('MEETING_NOT_LIVE') },
  { name: 'next: ended', state: ended, command: { type: 'agenda:next' }, expected: refused('MEETING_ENDED') },

  // agenda:previous
  {
    name: 'previous: moves back one item',
    state: live(2),
    command: { type: 'agenda:previous', fromItemId: itemId(3) },
    expected: {
      ok: true,
      events: [
        {
          type: 'agenda:advanced',
          fromItemId: itemId(3),
          fromItemSpentMs: 60_000,
          currentItemId: itemId(2),
          itemStartedAt: NOW,
        },
      ],
    },
  },
  {
    name: 'previous: at the first item',
    state: live(0),
    command: { type: 'agenda:previous' },
    expected: refused('AGENDA_AT_START'),
  },
  {
    name: 'previous: stale fromItemId',
    state: live(1),
    command: { type: 'agenda:previous', fromItemId: itemId(3) },
    expected: refused('AGENDA_ALREADY_MOVED'),
  },
  {
    name: 'previous: draft',
    state: draft,
    command: { type: 'agenda:previous' },
    expected: refused('MEETING_NOT_LIVE'),
  },
  { name: 'previous: ended', state: ended, command: { type: 'agenda:previous' }, expected: refused('MEETING_ENDED') },

  // agenda:jump
  {
    name: 'jump: to any item',
    state: live(0, { items: [buildItem(1, { spentMs: 1_000 }), buildItem(2), buildItem(3)] }),
    command: { type: 'agenda:jump', itemId: itemId(3) },
    expected: {
      ok: true,
      events: [
        {
          type: 'agenda:advanced',
          fromItemId: itemId(1),
          fromItemSpentMs: 61_000,
          currentItemId: itemId(3),
          itemStartedAt: NOW,
        },
      ],
    },
  },
  {
    name: 'jump: a clock running behind never makes spent time go backwards',
    state: live(0, { itemStartedAt: NOW + 10_000, items: [buildItem(1, { spentMs: 7_000 }), buildItem(2)] }),
    command: { type: 'agenda:jump', itemId: itemId(2) },
    expected: {
      ok: true,
      events: [
        {
          type: 'agenda:advanced',
          fromItemId: itemId(1),
          fromItemSpentMs: 7_000,
          currentItemId: itemId(2),
          itemStartedAt: NOW,
        },
      ],
    },
  },
  {
    name: 'jump: unknown item',
    state: live(0),
    command: { type: 'agenda:jump', itemId: 'item-missing' },
    expected: refused('AGENDA_ITEM_NOT_FOUND'),
  },
  {
    name: 'jump: draft',
    state: draft,
    command: { type: 'agenda:jump', itemId: itemId(2) },
    expected: refused('MEETING_NOT_LIVE'),
  },
  {
    name: 'jump: ended',
    state: ended,
    command: { type: 'agenda:jump', itemId: itemId(2) },
    expected: refused('MEETING_ENDED'),
  },

  // agenda:add-item
  {
    name: 'add: new item gets a fresh id, no spent time and default presenters',
    state: draft,
    command: {
      type: 'agenda:add-item',
      item: buildItemDraft({ title: 'Closing', kind: 'closing', plannedMinutes: 5 }),
    },
    expected: {
      ok: true,
      events: [
        {
          type: 'agenda:item-added',
          item: {
            id: 'new-0001',
            title: 'Closing',
            kind: 'closing',
            plannedMinutes: 5,
            presenters: [],
            confidentiality: 'on-record',
            speakingLimitSeconds: null,
            spentMs: 0,
          },
        },
      ],
    },
  },
  {
    name: `add: ${LIMITS.agendaItems - 1} items leave room for one more`,
    state: buildState({ status: 'live', count: LIMITS.agendaItems - 1 }),
    command: { type: 'agenda:add-item', item: buildItemDraft({ title: 'Last', kind: 'other', plannedMinutes: 0 }) },
    expected: {
      ok: true,
      events: [
        {
          type: 'agenda:item-added',
          item: {
            id: 'new-0001',
            title: 'Last',
            kind: 'other',
            plannedMinutes: 0,
            presenters: [],
            confidentiality: 'on-record',
            speakingLimitSeconds: null,
            spentMs: 0,
          },
        },
      ],
    },
  },
  {
    name: `add: ${LIMITS.agendaItems} items is the limit`,
    state: buildState({ status: 'draft', count: LIMITS.agendaItems }),
    command: { type: 'agenda:add-item', item: buildItemDraft() },
    expected: refused('AGENDA_TOO_LONG'),
  },
  {
    name: 'add: ended',
    state: ended,
    command: { type: 'agenda:add-item', item: buildItemDraft() },
    expected: refused('MEETING_ENDED'),
  },

  // agenda:update-item
  {
    name: 'update-item: merges the changes and keeps id and spent time',
    state: live(0, { items: [buildItem(1, { spentMs: 4_000 }), buildItem(2)] }),
    command: { type: 'agenda:update-item', itemId: itemId(1), changes: { plannedMinutes: 20, presenters: [] } },
    expected: {
      ok: true,
      events: [{ type: 'agenda:item-updated', item: buildItem(1, { spentMs: 4_000, plannedMinutes: 20 }) }],
    },
  },
  {
    name: 'update-item: unknown item',
    state: draft,
    command: { type: 'agenda:update-item', itemId: 'item-missing', changes: { title: 'X' } },
    expected: refused('AGENDA_ITEM_NOT_FOUND'),
  },
  {
    name: 'update-item: ended',
    state: ended,
    command: { type: 'agenda:update-item', itemId: itemId(1), changes: { title: 'X' } },
    expected: refused('MEETING_ENDED'),
  },

  // agenda:remove-item
  {
    name: 'remove: an item in a draft',
    state: draft,
    command: { type: 'agenda:remove-item', itemId: itemId(2) },
    expected: { ok: true, events: [{ type: 'agenda:item-removed', itemId: itemId(2) }] },
  },
  {
    name: 'remove: a non-current item while live',
    state: live(0),
    command: { type: 'agenda:remove-item', itemId: itemId(3) },
    expected: { ok: true, events: [{ type: 'agenda:item-removed', itemId: itemId(3) }] },
  },
  {
    name: 'remove: the current item',
    state: live(1),
    command: { type: 'agenda:remove-item', itemId: itemId(2) },
    expected: refused('AGENDA_ITEM_IS_CURRENT'),
  },
  {
    name: 'remove: unknown item',
    state: live(0),
    command: { type: 'agenda:remove-item', itemId: 'item-missing' },
    expected: refused('AGENDA_ITEM_NOT_FOUND'),
  },
  {
    name: 'remove: ended',
    state: ended,
    command: { type: 'agenda:remove-item', itemId: itemId(1) },
    expected: refused('MEETING_ENDED'),
  },

  // agenda:reorder
  {
    name: 'reorder: a permutation of every item',
    state: draft,
    command: { type: 'agenda:reorder', itemIds: [itemId(3), itemId(1), itemId(2)] },
    expected: { ok: true, events: [{ type: 'agenda:reordered', itemIds: [itemId(3), itemId(1), itemId(2)] }] },
  },
  {
    name: 'reorder: empty agenda, empty order',
    state: buildState({ status: 'draft', count: 0 }),
    command: { type: 'agenda:reorder', itemIds: [] },
    expected: { ok: true, events: [{ type: 'agenda:reordered', itemIds: [] }] },
  },
  {
    name: 'reorder: an item missing',
    state: draft,
    command: { type: 'agenda:reorder', itemIds: [itemId(3), itemId(1)] },
    expected: refused('AGENDA_ORDER_MISMATCH'),
  },
  {
    name: 'reorder: a duplicate in place of an item',
    state: draft,
    command: { type: 'agenda:reorder', itemIds: [itemId(1), itemId(1), itemId(2)] },
    expected: refused('AGENDA_ORDER_MISMATCH'),
  },
  {
    name: 'reorder: a duplicate on top of every item',
    state: draft,
    command: { type: 'agenda:reorder', itemIds: [itemId(1), itemId(2), itemId(3), itemId(1)] },
    expected: refused('AGENDA_ORDER_MISMATCH'),
  },
  {
    name: 'reorder: a foreign id in place of an item',
    state: draft,
    command: { type: 'agenda:reorder', itemIds: [itemId(1), itemId(2), 'item-foreign'] },
    expected: refused('AGENDA_ORDER_MISMATCH'),
  },
  {
    name: 'reorder: ended',
    state: ended,
    command: { type: 'agenda:reorder', itemIds: [itemId(1), itemId(2), itemId(3)] },
    expected: refused('MEETING_ENDED'),
  },

  // member:set-role and member:remove
  {
    name: 'set-role: a participant becomes rapporteur',
    state: live(),
    command: { type: 'member:set-role', memberId: 'member-0002', role: 'rapporteur' },
    target: participantTarget,
    expected: { ok: true, events: [{ type: 'member:role-changed', memberId: 'member-0002', role: 'rapporteur' }] },
  },
  {
    name: 'set-role: the owner promotes a participant to co-facilitator',
    state: draft,
    command: { type: 'member:set-role', memberId: 'member-0002', role: 'co-facilitator' },
    actor: owner,
    target: participantTarget,
    expected: { ok: true, events: [{ type: 'member:role-changed', memberId: 'member-0002', role: 'co-facilitator' }] },
  },
  {
    name: 'set-role: a co-facilitator may not make a co-facilitator',
    state: draft,
    command: { type: 'member:set-role', memberId: 'member-0002', role: 'co-facilitator' },
    actor: coFacilitator,
    target: participantTarget,
    expected: refused('OWNER_ONLY'),
  },
  {
    name: 'set-role: a co-facilitator may not demote another co-facilitator',
    state: live(),
    command: { type: 'member:set-role', memberId: 'member-0002', role: 'participant' },
    actor: coFacilitator,
    target: { member: buildMember({ id: 'member-0002', role: 'co-facilitator' }), isOwner: false },
    expected: refused('OWNER_ONLY'),
  },
  {
    name: 'remove member: a co-facilitator may not remove another co-facilitator',
    state: live(),
    command: { type: 'member:remove', memberId: 'member-0002' },
    actor: coFacilitator,
    target: { member: buildMember({ id: 'member-0002', role: 'co-facilitator' }), isOwner: false },
    expected: refused('OWNER_ONLY'),
  },
  {
    name: 'set-role: the owner demotes a co-facilitator',
    state: live(),
    command: { type: 'member:set-role', memberId: 'member-0002', role: 'participant' },
    actor: owner,
    target: { member: buildMember({ id: 'member-0002', role: 'co-facilitator' }), isOwner: false },
    expected: { ok: true, events: [{ type: 'member:role-changed', memberId: 'member-0002', role: 'participant' }] },
  },
  {
    name: 'set-role: a facilitator who is not the owner may not make a co-facilitator',
    state: live(),
    command: { type: 'member:set-role', memberId: 'member-0002', role: 'co-facilitator' },
    actor: facilitator,
    target: participantTarget,
    expected: refused('OWNER_ONLY'),
  },
  {
    name: 'remove member: a participant',
    state: live(),
    command: { type: 'member:remove', memberId: 'member-0002' },
    target: participantTarget,
    expected: { ok: true, events: [{ type: 'member:removed', memberId: 'member-0002' }] },
  },
  ...(
    [
      { type: 'member:set-role', memberId: 'member-0002', role: 'observer' },
      { type: 'member:remove', memberId: 'member-0002' },
    ] as const
  ).flatMap((command): Case[] => [
    {
      name: `${command.type}: no target (null)`,
      state: live(),
      command,
      target: null,
      expected: refused('MEMBER_NOT_FOUND'),
    },
    { name: `${command.type}: no target (absent)`, state: live(), command, expected: refused('MEMBER_NOT_FOUND') },
    {
      name: `${command.type}: the owner`,
      state: live(),
      command,
      actor: coFacilitator,
      target: ownerTarget,
      expected: refused('MEMBER_IS_OWNER'),
    },
    {
      name: `${command.type}: oneself`,
      state: live(),
      command,
      actor: coFacilitator,
      target: { member: buildMember({ id: coFacilitator.memberId, role: 'co-facilitator' }), isOwner: false },
      expected: refused('MEMBER_IS_SELF'),
    },
  ]),
];

describe('decide', () => {
  it.each(cases)('$name', (c) => {
    expect(run(c)).toEqual(c.expected);
  });

  it('does not change the state it was given', () => {
    const state = live(0, { items: [buildItem(1, { spentMs: 9 }), buildItem(2)] });
    const before = structuredClone(state);
    run({ state, command: { type: 'agenda:next' } });
    run({ state, command: { type: 'agenda:remove-item', itemId: itemId(2) } });
    expect(state).toEqual(before);
  });

  it('takes ids from the context, one per added item', () => {
    const newId = sequentialIds('fresh');
    const state = buildState({ status: 'draft', count: 0 });
    const first = decide(state, cmd({ type: 'agenda:add-item', item: buildItemDraft() }), facilitator, {
      now: NOW,
      newId,
    });
    const second = decide(state, cmd({ type: 'agenda:add-item', item: buildItemDraft() }), facilitator, {
      now: NOW,
      newId,
    });
    const ids = [first, second].map((d) =>
      d.ok && d.events[0]?.type === 'agenda:item-added' ? d.events[0].item.id : null,
    );
    expect(ids).toEqual(['fresh-0001', 'fresh-0002']);
  });
});

describe('decide: time spent accumulates across revisits', () => {
  /** Applies an accepted move to the state as the server would record it. */
  function move(state: MeetingState, command: CommandBody, now: number): { state: MeetingState; spent: number } {
    const decision = decide(state, cmd(command), facilitator, { now, newId: sequentialIds() });
    const event = decision.ok ? decision.events[0] : undefined;
    if (event?.type !== 'agenda:advanced') throw new Error(`expected a move, got ${JSON.stringify(decision)}`);
    return {
      spent: event.fromItemSpentMs,
      state: {
        ...state,
        meeting: { ...state.meeting, currentItemId: event.currentItemId, itemStartedAt: event.itemStartedAt },
        agenda: state.agenda.map((i) => (i.id === event.fromItemId ? { ...i, spentMs: event.fromItemSpentMs } : i)),
      },
    };
  }

  it('1 → 2 → 1 → 2 adds each visit to the item it leaves', () => {
    let state = buildState({ status: 'live', count: 2, currentIndex: 0, itemStartedAt: NOW });
    const spent: number[] = [];
    const steps: [CommandBody, number][] = [
      [{ type: 'agenda:next' }, NOW + 60_000], // item 1: 60 s
      [{ type: 'agenda:previous' }, NOW + 90_000], // item 2: 30 s
      [{ type: 'agenda:next', fromItemId: itemId(1) }, NOW + 100_000], // item 1: 60 + 10 s
      [{ type: 'agenda:jump', itemId: itemId(1) }, NOW + 125_000], // item 2: 30 + 25 s
    ];
    for (const [command, now] of steps) {
      const result = move(state, command, now);
      spent.push(result.spent);
      state = result.state;
    }
    expect(spent).toEqual([60_000, 30_000, 70_000, 55_000]);
    expect(state.agenda.map((i) => i.spentMs)).toEqual([70_000, 55_000]);
  });
});

/** One realistic command of each type, every one of which a facilitator could send to a live meeting. */
const SAMPLES: Record<CommandType, CommandBody> = {
  'meeting:update': { type: 'meeting:update', details: { title: 'Renamed', description: '', videoCallUrl: null } },
  'meeting:start': { type: 'meeting:start' },
  'meeting:end': { type: 'meeting:end' },
  'agenda:add-item': { type: 'agenda:add-item', item: buildItemDraft() },
  'agenda:update-item': {
    type: 'agenda:update-item',
    itemId: itemId(1),
    changes: { plannedMinutes: 30, presenters: [] },
  },
  'agenda:remove-item': { type: 'agenda:remove-item', itemId: itemId(3) },
  'agenda:reorder': { type: 'agenda:reorder', itemIds: [itemId(2), itemId(1), itemId(3)] },
  'agenda:next': { type: 'agenda:next' },
  'agenda:previous': { type: 'agenda:previous' },
  'agenda:jump': { type: 'agenda:jump', itemId: itemId(3) },
  'member:set-role': { type: 'member:set-role', memberId: 'member-0002', role: 'presenter' },
  'member:remove': { type: 'member:remove', memberId: 'member-0002' },
  'member:leave': { type: 'member:leave' },
  'member:admit': { type: 'member:admit', memberIds: ['member-0003'] },
  'meeting:set-lobby': { type: 'meeting:set-lobby', locked: true },
  'meeting:rotate-code': { type: 'meeting:rotate-code' },
  'member:set-categories': { type: 'member:set-categories', categories: { sector: 'government' } },
  'meeting:set-categories': { type: 'meeting:set-categories', categories: [] },
  'meeting:set-retention': { type: 'meeting:set-retention', retentionDays: 30 },
  'meeting:set-report-settings': { type: 'meeting:set-report-settings', settings: { themeOrder: 'weight' } },
  'queue:raise-hand': { type: 'queue:raise-hand', kind: 'clarification' },
  'queue:lower-hand': { type: 'queue:lower-hand' },
  'queue:remove': { type: 'queue:remove', entryId: entryId(1) },
  'queue:add-person': { type: 'queue:add-person', name: 'Guest in the room' },
  'queue:give-floor': { type: 'queue:give-floor', fromTurnId: 'turn-0001' },
  'queue:end-turn': { type: 'queue:end-turn', turnId: 'turn-0001' },
  'queue:yield-floor': { type: 'queue:yield-floor', turnId: 'turn-0001' },
  'queue:reorder': { type: 'queue:reorder', entryIds: [entryId(2), entryId(1)] },
  'queue:set-status': { type: 'queue:set-status', status: 'paused' },
  'queue:clear': { type: 'queue:clear' },
  'queue:set-settings': { type: 'queue:set-settings', settings: { policy: 'first-come' } },
  'theme:add': { type: 'theme:add', themes: [{ name: 'Livelihoods', colour: '#2f5da8' }] },
  'theme:update': { type: 'theme:update', themeId: themeId(1), changes: { name: 'Water access' } },
  'theme:reorder': { type: 'theme:reorder', themeIds: [themeId(2), themeId(1)] },
  'theme:merge': { type: 'theme:merge', sourceId: themeId(2), targetId: themeId(1) },
  'theme:remove': { type: 'theme:remove', themeId: themeId(2) },
  'points:set-settings': { type: 'points:set-settings', settings: { premoderate: false } },
  'point:submit': { type: 'point:submit', text: 'Wells dry up first in the south', themeIds: [themeId(1)] },
  'point:edit': { type: 'point:edit', pointId: pointId(1), text: 'Wells dry up first' },
  'point:moderate': { type: 'point:moderate', pointId: pointId(1), status: 'hidden', reason: 'Off topic' },
  'point:support': { type: 'point:support', pointId: pointId(1) },
  'point:withdraw-support': { type: 'point:withdraw-support', pointId: pointId(2) },
  'point:merge': { type: 'point:merge', targetId: pointId(1), sourceIds: [pointId(3)] },
  'point:mark': { type: 'point:mark', pointId: pointId(1), starred: true },
  'vote:open': { type: 'vote:open', kind: 'single', title: 'Which first?', options: [{ label: 'A' }, { label: 'B' }] },
  'vote:cast': { type: 'vote:cast', voteId: 'vote-0001', ballot: { optionIds: ['option-0001'] } },
  'vote:close': { type: 'vote:close', voteId: 'vote-0001' },
  'vote:reopen': { type: 'vote:reopen', voteId: 'vote-0002' },
  'vote:delete': { type: 'vote:delete', voteId: 'vote-0001' },
};

/** Commands that some roles besides staff may send, with those roles; every other command is staff-only. */
const OPEN_TO: Partial<Record<CommandType, readonly Role[]>> = {
  'queue:raise-hand': ['rapporteur', 'presenter', 'participant'],
  'queue:yield-floor': ['rapporteur', 'presenter', 'participant'],
  'queue:lower-hand': ['rapporteur', 'presenter', 'participant', 'observer'],
  'member:set-categories': ['rapporteur', 'presenter', 'participant', 'observer'],
  'member:leave': ['rapporteur', 'presenter', 'participant', 'observer'],
  'theme:add': ['rapporteur'],
  'theme:update': ['rapporteur'],
  'theme:reorder': ['rapporteur'],
  'theme:merge': ['rapporteur'],
  'theme:remove': ['rapporteur'],
  'point:submit': ['rapporteur', 'presenter', 'participant'],
  'point:edit': ['rapporteur'],
  'point:moderate': ['rapporteur'],
  'point:support': ['rapporteur', 'presenter', 'participant'],
  'point:withdraw-support': ['rapporteur', 'presenter', 'participant'],
  'point:merge': ['rapporteur'],
  'point:mark': ['rapporteur'],
  'meeting:set-report-settings': ['rapporteur'],
  'vote:cast': ['rapporteur', 'presenter', 'participant'],
};

/**
 * A live meeting on item 2 in which every sample can succeed: two hands up (the second is the actor's,
 * so lowering works), turn-0001 on the floor and two themes.
 */
const sampleState = (actorId: string, type: CommandType): MeetingState => ({
  ...live(1, {
    themes: [buildTheme(1), buildTheme(2)],
    queue: {
      entries: [buildEntry(1), buildEntry(2, { memberId: type === 'queue:raise-hand' ? 'member-0002' : actorId })],
      // The speaker may hand back only their own turn: for that sample the actor has the floor.
      floor: buildFloor(type === 'queue:yield-floor' ? { memberId: actorId } : {}),
    },
  }),
  waitingMemberIds: ['member-0003'],
});

describe('decide: roles without the right are refused every command', () => {
  const NON_STAFF: Role[] = ['participant', 'observer', 'presenter', 'rapporteur'];
  const forbidden = COMMAND_TYPES.flatMap((type) =>
    NON_STAFF.filter((role) => !OPEN_TO[type]?.includes(role)).map((role) => ({ type, role })),
  );
  const permitted = COMMAND_TYPES.flatMap((type) => (OPEN_TO[type] ?? []).map((role) => ({ type, role })));

  it('has a sample for every command type', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...COMMAND_TYPES].sort());
    // 49 command types and 4 roles besides staff: 40 of those pairs are allowed (hands up, handing the floor
    // back, points, supports and ballots for all but observers; hands down, one's own categories and leaving
    // for everyone; themes, the shaping of points and the report's settings for the rapporteur, who sits at
    // the desk).
    expect(COMMAND_TYPES).toHaveLength(49);
    expect(forbidden).toHaveLength(49 * 4 - 40);
    expect(permitted).toHaveLength(40);
  });

  it.each(forbidden)('$role: $type → FORBIDDEN', ({ type, role }) => {
    for (const state of [sampleState('member-0009', type), draft, ended]) {
      const decision = run({
        state,
        command: SAMPLES[type],
        actor: { memberId: 'member-0009', role, displayName: 'Someone', turns: 0 },
        target: participantTarget,
      });
      expect(decision).toEqual(refused('FORBIDDEN'));
    }
  });

  it.each(permitted)('$role: $type is accepted on a live meeting', ({ type, role }) => {
    const decision = run({
      state: sampleState('member-0009', type),
      command: SAMPLES[type],
      actor: { memberId: 'member-0009', role, displayName: 'Someone', turns: 0 },
    });
    expect(decision.ok).toBe(true);
  });

  // The same samples succeed for staff, so the refusals above are about the role and nothing else.
  it.each(
    COMMAND_TYPES.filter((t) => t !== 'meeting:start').flatMap((type) =>
      (['facilitator', 'co-facilitator'] as const)
        // The owner (the only facilitator) cannot leave their own meeting: tested below.
        .filter((role) => !(type === 'member:leave' && role === 'facilitator'))
        .map((role) => ({ type, role })),
    ),
  )('$role: $type is accepted on a live meeting', ({ type, role }) => {
    const decision = run({
      state: sampleState('member-0009', type),
      command: SAMPLES[type],
      actor: { memberId: 'member-0009', role, displayName: 'Someone', turns: 0 },
      target: participantTarget,
    });
    expect(decision.ok).toBe(true);
  });
});

describe('member:leave and meeting:set-retention', () => {
  const actor = (role: Role) => ({ memberId: 'member-0009', role, displayName: 'Someone', turns: 0 });

  it('lets a participant leave: their hand goes down and they are removed, marked as having left', () => {
    const state = live(1, { queue: { entries: [buildEntry(1, { memberId: 'member-0009' })], floor: null } });
    expect(run({ state, command: { type: 'member:leave' }, actor: actor('participant') })).toEqual({
      ok: true,
      events: [
        { type: 'queue:entry-removed', entryId: entryId(1), reason: 'lowered' },
        { type: 'member:removed', memberId: 'member-0009', left: true },
      ],
    });
  });

  it('refuses the owner, who cannot leave their own meeting', () => {
    expect(run({ state: ended, command: { type: 'member:leave' }, actor: actor('facilitator') })).toEqual(
      refused('MEMBER_IS_OWNER'),
    );
  });

  it('sets the retention also after the meeting ended, and a hold as null', () => {
    for (const retentionDays of [30, null]) {
      expect(run({ state: ended, command: { type: 'meeting:set-retention', retentionDays } })).toEqual({
        ok: true,
        events: [{ type: 'meeting:retention-changed', retentionDays }],
      });
    }
  });
});

describe('known defects (these pass while the bug is present; flip to it() when fixed)', () => {
  // Bug: agenda:update-item `changes` is agendaItemInputSchema.partial(); zod 4 still applies the
  // `presenters` default inside .partial(), so a change that leaves presenters out clears them.
  it('update-item: changing only the title keeps the presenters', () => {
    const presenters = [
      { name: 'Dr. Samir Khoury', title: 'Hydrologist', organisation: 'AUB', pronoun: null, talkTitle: '' },
    ];
    const state = buildState({ status: 'draft', items: [buildItem(1, { presenters })] });
    const decision = run({
      state,
      command: { type: 'agenda:update-item', itemId: itemId(1), changes: { title: 'Renamed' } },
    });
    expect(decision).toEqual({
      ok: true,
      events: [{ type: 'agenda:item-updated', item: buildItem(1, { presenters, title: 'Renamed' }) }],
    });
  });

  // Bug: the same for meeting:update; `description` and `videoCallUrl` defaults are filled in.
  it('meeting:update: changing only the title carries only the title', () => {
    const decision = run({ state: draft, command: { type: 'meeting:update', details: { title: 'Renamed' } } });
    expect(decision).toEqual({ ok: true, events: [{ type: 'meeting:updated', details: { title: 'Renamed' } }] });
  });
});
