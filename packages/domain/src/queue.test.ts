import { INTERVENTION_KINDS, type InterventionKind, type QueueEntry, type QueueSettings } from '@hiwar/protocol';
import { describe, expect, it, vi } from 'vitest';
import {
  estimatedWaitMs,
  insertionIndex,
  outranks,
  PRIORITY_RANK,
  sortByPolicy,
  turnLimitMs,
  turnRemainingMs,
} from './queue.js';
import { buildEntry, buildFloor, buildItem, itemId, NOW } from './test/factories.js';

const settings = (policy: QueueSettings['policy'], allowPriority: boolean): QueueSettings => ({
  policy,
  allowPriority,
  speakingLimitSeconds: 180,
});
const FIRST_COME = settings('first-come', false);
const FIRST_COME_PRIORITY = settings('first-come', true);
const PROGRESSIVE = settings('progressive', false);
const PROGRESSIVE_PRIORITY = settings('progressive', true);

/** An entry described by what ordering looks at: kind and turns already had. */
const entry = (n: number, kind: InterventionKind = 'new-point', priorTurns = 0): QueueEntry =>
  buildEntry(n, { kind, priorTurns });

describe('PRIORITY_RANK', () => {
  it('ranks point of order > clarification > direct reply > new point, for every kind', () => {
    const byRank = [...INTERVENTION_KINDS].sort((a, b) => PRIORITY_RANK[a] - PRIORITY_RANK[b]);
    expect(byRank).toEqual(['point-of-order', 'clarification', 'direct-reply', 'new-point']);
  });
});

describe('outranks', () => {
  it.each([
    // priority allowed: kind decides, whatever the policy and whoever has spoken
    { a: entry(1, 'point-of-order'), b: entry(2, 'clarification'), s: FIRST_COME_PRIORITY, expected: true },
    { a: entry(1, 'clarification'), b: entry(2, 'point-of-order'), s: FIRST_COME_PRIORITY, expected: false },
    { a: entry(1, 'clarification'), b: entry(2, 'direct-reply'), s: FIRST_COME_PRIORITY, expected: true },
    { a: entry(1, 'direct-reply'), b: entry(2, 'new-point'), s: FIRST_COME_PRIORITY, expected: true },
    { a: entry(1, 'new-point'), b: entry(2, 'direct-reply'), s: FIRST_COME_PRIORITY, expected: false },
    { a: entry(1, 'point-of-order', 5), b: entry(2, 'new-point', 0), s: PROGRESSIVE_PRIORITY, expected: true },
    { a: entry(1, 'new-point', 0), b: entry(2, 'direct-reply', 5), s: PROGRESSIVE_PRIORITY, expected: false },
    // priority not allowed: kinds are all alike
    { a: entry(1, 'point-of-order'), b: entry(2, 'new-point'), s: FIRST_COME, expected: false },
    { a: entry(1, 'point-of-order'), b: entry(2, 'new-point'), s: PROGRESSIVE, expected: false },
    // progressive: someone who has not spoken goes before someone who has
    { a: entry(1, 'new-point', 0), b: entry(2, 'new-point', 1), s: PROGRESSIVE, expected: true },
    { a: entry(1, 'new-point', 1), b: entry(2, 'new-point', 0), s: PROGRESSIVE, expected: false },
    { a: entry(1, 'point-of-order', 0), b: entry(2, 'new-point', 3), s: PROGRESSIVE, expected: true },
    { a: entry(1, 'new-point', 0), b: entry(2, 'new-point', 1), s: PROGRESSIVE_PRIORITY, expected: true },
    // progressive counts "has spoken", not how often
    { a: entry(1, 'new-point', 1), b: entry(2, 'new-point', 4), s: PROGRESSIVE, expected: false },
    { a: entry(1, 'new-point', 4), b: entry(2, 'new-point', 1), s: PROGRESSIVE, expected: false },
    // first come: turns already had do not matter
    { a: entry(1, 'new-point', 0), b: entry(2, 'new-point', 1), s: FIRST_COME, expected: false },
    { a: entry(1, 'new-point', 0), b: entry(2, 'new-point', 1), s: FIRST_COME_PRIORITY, expected: false },
    // equals never outrank each other
    { a: entry(1, 'clarification', 2), b: entry(2, 'clarification', 2), s: PROGRESSIVE_PRIORITY, expected: false },
  ])(
    '$a.kind ($a.priorTurns turns) over $b.kind ($b.priorTurns turns), $s.policy, priority $s.allowPriority → $expected',
    ({ a, b, s, expected }) => {
      expect(outranks(a, b, s)).toBe(expected);
    },
  );

  it('ignores arrival time: a later hand of the same rank does not outrank an earlier one, nor the reverse', () => {
    const early = buildEntry(1, { raisedAt: NOW - 60_000 });
    const late = buildEntry(2, { raisedAt: NOW });
    expect([outranks(early, late, PROGRESSIVE_PRIORITY), outranks(late, early, PROGRESSIVE_PRIORITY)]).toEqual([
      false,
      false,
    ]);
  });
});

describe('insertionIndex', () => {
  const ids = (entries: QueueEntry[]) => entries.map((e) => e.id);
  /** Inserts as the server would and returns the resulting order of ids. */
  const insert = (entries: QueueEntry[], added: QueueEntry, s: QueueSettings) => {
    const next = [...entries];
    next.splice(insertionIndex(entries, added, s), 0, added);
    return ids(next);
  };

  // Existing queue for most rows: e1 new point (fresh), e2 new point (has spoken), e3 direct reply (fresh).
  const mixed = [entry(1, 'direct-reply', 0), entry(2, 'new-point', 0), entry(3, 'new-point', 1)];

  it.each([
    { name: 'empty queue → 0', entries: [], added: entry(9), s: PROGRESSIVE_PRIORITY, expected: 0 },
    { name: 'first come: a new point goes last', entries: mixed, added: entry(9), s: FIRST_COME, expected: 3 },
    {
      name: 'first come without priority: a point of order goes last too',
      entries: mixed,
      added: entry(9, 'point-of-order'),
      s: FIRST_COME,
      expected: 3,
    },
    {
      name: 'first come with priority: a point of order goes to the front',
      entries: mixed,
      added: entry(9, 'point-of-order'),
      s: FIRST_COME_PRIORITY,
      expected: 0,
    },
    {
      name: 'first come with priority: a clarification goes ahead of a direct reply',
      entries: mixed,
      added: entry(9, 'clarification'),
      s: FIRST_COME_PRIORITY,
      expected: 0,
    },
    {
      name: 'first come with priority: a direct reply goes behind the earlier direct reply',
      entries: mixed,
      added: entry(9, 'direct-reply'),
      s: FIRST_COME_PRIORITY,
      expected: 1,
    },
    {
      name: 'first come with priority: someone who has spoken still queues only by kind',
      entries: mixed,
      added: entry(9, 'new-point', 2),
      s: FIRST_COME_PRIORITY,
      expected: 3,
    },
    {
      name: 'progressive: a first-time speaker goes ahead of the one who has spoken',
      entries: mixed,
      added: entry(9, 'new-point', 0),
      s: PROGRESSIVE_PRIORITY,
      expected: 2,
    },
    {
      name: 'progressive: someone who has spoken goes last',
      entries: mixed,
      added: entry(9, 'new-point', 2),
      s: PROGRESSIVE_PRIORITY,
      expected: 3,
    },
    {
      name: 'progressive with priority: a direct reply from someone who has spoken still goes before new points',
      entries: mixed,
      added: entry(9, 'direct-reply', 3),
      s: PROGRESSIVE_PRIORITY,
      expected: 1,
    },
    {
      name: 'progressive without priority: kinds do not matter, a fresh direct reply waits behind fresh hands',
      entries: mixed,
      added: entry(9, 'direct-reply', 0),
      s: PROGRESSIVE,
      expected: 2,
    },
    {
      name: 'progressive without priority: a point of order from someone who has spoken goes last',
      entries: mixed,
      added: entry(9, 'point-of-order', 1),
      s: PROGRESSIVE,
      expected: 3,
    },
  ])('$name', ({ entries, added, s, expected }) => {
    expect(insertionIndex(entries, added, s)).toBe(expected);
  });

  describe('keeps an order set by hand', () => {
    // The facilitator put B (raised later) before A; both new points by people who have not spoken.
    const b = buildEntry(2, { name: 'B' });
    const a = buildEntry(1, { name: 'A' });
    const handOrdered = [b, a];

    it.each([
      { name: 'a new point of equal rank goes at the end', added: buildEntry(3), s: PROGRESSIVE_PRIORITY },
      { name: 'the same on a first-come queue', added: buildEntry(3), s: FIRST_COME_PRIORITY },
      { name: 'a point of order without priority', added: buildEntry(3, { kind: 'point-of-order' }), s: PROGRESSIVE },
      { name: 'someone who has spoken', added: buildEntry(3, { priorTurns: 2 }), s: PROGRESSIVE_PRIORITY },
    ])('$name: [B, A] + C → [B, A, C]', ({ added, s }) => {
      expect(insert(handOrdered, added, s)).toEqual([b.id, a.id, added.id]);
    });

    it.each([
      { name: 'point of order', kind: 'point-of-order' },
      { name: 'clarification', kind: 'clarification' },
      { name: 'direct reply', kind: 'direct-reply' },
    ] as const)('a $name with priority allowed goes to the front: [C, B, A]', ({ kind }) => {
      const added = buildEntry(3, { kind });
      expect(insert(handOrdered, added, PROGRESSIVE_PRIORITY)).toEqual([added.id, b.id, a.id]);
    });

    it('a first-time speaker goes before the first person who has spoken, and no further', () => {
      // By hand: A (spoken) first, then B (fresh), then D (spoken).
      const spokeA = buildEntry(1, { priorTurns: 1 });
      const freshB = buildEntry(2, { priorTurns: 0 });
      const spokeD = buildEntry(4, { priorTurns: 3 });
      const added = buildEntry(5, { priorTurns: 0 });
      expect(insert([freshB, spokeA, spokeD], added, PROGRESSIVE)).toEqual([freshB.id, added.id, spokeA.id, spokeD.id]);
    });
  });

  it('inserting one hand at a time in arrival order gives the same order as sortByPolicy', () => {
    const arrivals = [
      entry(1, 'new-point', 2),
      entry(2, 'new-point', 0),
      entry(3, 'direct-reply', 1),
      entry(4, 'point-of-order', 4),
      entry(5, 'new-point', 0),
      entry(6, 'clarification', 0),
      entry(7, 'direct-reply', 0),
    ];
    for (const s of [FIRST_COME, FIRST_COME_PRIORITY, PROGRESSIVE, PROGRESSIVE_PRIORITY]) {
      let queue: QueueEntry[] = [];
      for (const added of arrivals) {
        const next = [...queue];
        next.splice(insertionIndex(queue, added, s), 0, added);
        queue = next;
      }
      expect({ s, order: ids(queue) }).toEqual({ s, order: ids(sortByPolicy(arrivals, s)) });
    }
  });
});

describe('sortByPolicy', () => {
  // Raised in this order: e1 … e6 (buildEntry raises them one second apart).
  const queue = [
    entry(1, 'new-point', 1),
    entry(2, 'new-point', 0),
    entry(3, 'point-of-order', 2),
    entry(4, 'direct-reply', 0),
    entry(5, 'clarification', 1),
    entry(6, 'new-point', 0),
  ];
  const order = (entries: QueueEntry[]) => entries.map((e) => Number(e.id.slice(-4)));

  it.each([
    { name: 'first come: arrival order only', s: FIRST_COME, expected: [1, 2, 3, 4, 5, 6] },
    { name: 'first come with priority: by kind, then arrival', s: FIRST_COME_PRIORITY, expected: [3, 5, 4, 1, 2, 6] },
    { name: 'progressive: first-time speakers first, then arrival', s: PROGRESSIVE, expected: [2, 4, 6, 1, 3, 5] },
    {
      name: 'progressive with priority: kind, then first-time speakers, then arrival',
      s: PROGRESSIVE_PRIORITY,
      expected: [3, 5, 4, 2, 6, 1],
    },
  ])('$name → $expected', ({ s, expected }) => {
    expect(order(sortByPolicy(queue, s))).toEqual(expected);
  });

  it('breaks ties by raisedAt, not by current position', () => {
    const late = buildEntry(1, { raisedAt: NOW });
    const early = buildEntry(2, { raisedAt: NOW - 5_000 });
    expect(sortByPolicy([late, early], FIRST_COME).map((e) => e.id)).toEqual([early.id, late.id]);
  });

  it('does not change the list it was given', () => {
    const given = [...queue];
    sortByPolicy(given, PROGRESSIVE_PRIORITY);
    expect(given).toEqual(queue);
  });
});

describe('turnLimitMs', () => {
  const agenda = [
    buildItem(1, { speakingLimitSeconds: 90 }),
    buildItem(2, { speakingLimitSeconds: null }),
    buildItem(3, { speakingLimitSeconds: 0 }),
  ];

  it.each([
    { name: 'the item’s own limit overrides the meeting’s', current: itemId(1), meeting: 180, expected: 90_000 },
    { name: 'an item without its own limit uses the meeting’s', current: itemId(2), meeting: 180, expected: 180_000 },
    {
      name: 'an item limit of 0 means no limit, whatever the meeting says',
      current: itemId(3),
      meeting: 180,
      expected: null,
    },
    { name: 'a meeting limit of 0 means no limit', current: itemId(2), meeting: 0, expected: null },
    { name: 'the item’s limit applies even with no meeting limit', current: itemId(1), meeting: 0, expected: 90_000 },
    { name: 'no current item: the meeting’s limit', current: null, meeting: 120, expected: 120_000 },
    {
      name: 'a current item unknown to the agenda: the meeting’s',
      current: 'item-gone1',
      meeting: 60,
      expected: 60_000,
    },
    { name: 'the largest limit, one hour', current: null, meeting: 3600, expected: 3_600_000 },
  ])('$name → $expected', ({ current, meeting, expected }) => {
    const m = { currentItemId: current, queueSettings: { ...PROGRESSIVE_PRIORITY, speakingLimitSeconds: meeting } };
    expect(turnLimitMs(m, agenda)).toBe(expected);
  });
});

describe('turnRemainingMs', () => {
  it.each([
    { name: 'nobody has the floor', floor: null, at: NOW, expected: null },
    { name: 'a turn without a limit', floor: buildFloor({ limitMs: null }), at: NOW, expected: null },
    { name: '30 s into a 3 min turn', floor: buildFloor({ startedAt: NOW - 30_000 }), at: NOW, expected: 150_000 },
    { name: 'at the very start', floor: buildFloor({ startedAt: NOW }), at: NOW, expected: 180_000 },
    { name: 'exactly at the limit', floor: buildFloor({ startedAt: NOW - 180_000 }), at: NOW, expected: 0 },
    { name: '20 s over the limit', floor: buildFloor({ startedAt: NOW - 200_000 }), at: NOW, expected: -20_000 },
    {
      name: 'the same turn asked a minute later',
      floor: buildFloor({ startedAt: NOW - 30_000 }),
      at: NOW + 60_000,
      expected: 90_000,
    },
  ])('$name → $expected', ({ floor, at, expected }) => {
    expect(turnRemainingMs({ floor }, at)).toBe(expected);
  });

  it('depends only on the server time passed in, not on the local clock', () => {
    const floor = buildFloor({ startedAt: NOW - 60_000, limitMs: 180_000 });
    vi.useFakeTimers();
    try {
      const answers = [NOW - 3_600_000, NOW, NOW + 3_600_000].map((local) => {
        vi.setSystemTime(local);
        return turnRemainingMs({ floor }, NOW);
      });
      expect(answers).toEqual([120_000, 120_000, 120_000]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('estimatedWaitMs', () => {
  const speaking = { floor: buildFloor({ startedAt: NOW - 30_000 }) };
  const idle = { floor: null };

  it.each([
    { name: 'next, nobody speaking', position: 0, queue: idle, avg: 120_000, limit: 180_000, expected: 0 },
    {
      name: 'third, nobody speaking: two average turns',
      position: 2,
      queue: idle,
      avg: 120_000,
      limit: 180_000,
      expected: 240_000,
    },
    {
      name: 'next, someone 30 s into an average 2 min',
      position: 0,
      queue: speaking,
      avg: 120_000,
      limit: 180_000,
      expected: 90_000,
    },
    { name: 'second, someone speaking', position: 1, queue: speaking, avg: 120_000, limit: 180_000, expected: 210_000 },
    {
      name: 'no history yet: turns as long as the limit',
      position: 1,
      queue: speaking,
      avg: null,
      limit: 180_000,
      expected: 330_000,
    },
    {
      name: 'the current turn has run over the average: counts as 0',
      position: 1,
      queue: speaking,
      avg: 20_000,
      limit: 180_000,
      expected: 20_000,
    },
    { name: 'no history and no limit: unknown', position: 3, queue: speaking, avg: null, limit: null, expected: null },
    { name: 'history but no limit', position: 3, queue: idle, avg: 45_000, limit: null, expected: 135_000 },
  ])('$name → $expected', ({ position, queue, avg, limit, expected }) => {
    expect(estimatedWaitMs(position, queue, avg, limit, NOW)).toBe(expected);
  });
});

describe('fixed defects', () => {
  // Bug: insertionIndex puts a new hand before the first entry it outranks, so after a reorder by hand it
  // can also jump entries further back that it does not outrank, contrary to its own promise. Here the
  // facilitator moved A (has spoken) ahead of B (has not); C, a later first-time speaker, lands at 0,
  // ahead of B, who has the same rank and waited longer. Expected [A, B, C] (index 2); actual [C, A, B].
  it('never jumps an entry it does not outrank, even after a reorder by hand', () => {
    const spokeA = buildEntry(1, { priorTurns: 1 });
    const freshB = buildEntry(2, { priorTurns: 0 });
    const freshC = buildEntry(3, { priorTurns: 0 });
    expect(insertionIndex([spokeA, freshB], freshC, PROGRESSIVE_PRIORITY)).toBe(2);
  });
});
