import {
  type CommandBody,
  type CommandType,
  type ErrorCode,
  LIMITS,
  type MeetingEventBody,
  type QueueEntry,
} from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { type Actor, type Decision, decide, type MeetingState, type Target } from './meeting.js';
import {
  buildEntry,
  buildFloor,
  buildItem,
  buildMeeting,
  buildMember,
  buildSnapshot,
  buildState,
  CATEGORIES,
  cmd,
  entryId,
  itemId,
  NOW,
  sequentialIds,
} from './test/factories.js';
import { applyEvent, type MeetingView, viewFromSnapshot } from './view.js';

const facilitator: Actor = { memberId: 'member-self', role: 'facilitator', displayName: 'Rania Aziz', turns: 0 };
const coFacilitator: Actor = {
  memberId: 'member-cofa',
  role: 'co-facilitator',
  displayName: 'Karim Mansour',
  turns: 1,
};
/** A participant who has spoken twice already. */
const layla: Actor = { memberId: 'member-0007', role: 'participant', displayName: 'Layla Haddad', turns: 2 };
/** A participant who has not spoken yet. */
const omar: Actor = { memberId: 'member-0008', role: 'participant', displayName: 'Omar Said', turns: 0 };
const observer: Actor = { memberId: 'member-0009', role: 'observer', displayName: 'Projector', turns: 0 };

const refused = (code: ErrorCode): Decision => ({ ok: false, code });
const accepted = (...events: MeetingEventBody[]): Decision => ({ ok: true, events });

type StateOptions = NonNullable<Parameters<typeof buildState>[0]>;
/** A live meeting on item 2 (entered a minute ago), with the queue and settings given. */
const live = (opts: StateOptions = {}) => buildState({ status: 'live', currentIndex: 1, ...opts });
const draft = (opts: StateOptions = {}) => buildState({ status: 'draft', ...opts });
const ended = (opts: StateOptions = {}) => buildState({ status: 'ended', currentIndex: 2, ...opts });

/** Three hands up: e1 and e2 have not spoken, e3 has; on a progressive stack that is their order. */
const THREE = [buildEntry(1), buildEntry(2), buildEntry(3, { priorTurns: 1 })];
/** Someone speaking for 30 s of a 3 min turn, and the three hands above. */
const speaking = (opts: StateOptions = {}) => live({ queue: { entries: THREE, floor: buildFloor() }, ...opts });

/** The floor as the next turn (id new-0001, from sequentialIds) would have it for an entry. */
const floorFor = (entry: QueueEntry, limitMs: number | null = 180_000) => ({
  turnId: 'new-0001',
  memberId: entry.memberId,
  name: entry.name,
  kind: entry.kind,
  startedAt: NOW,
  limitMs,
});
const endOfCurrentTurn: MeetingEventBody = {
  type: 'queue:turn-ended',
  turnId: 'turn-0001',
  memberId: 'member-0042',
  floorMs: 30_000,
};

interface Case {
  name: string;
  state: MeetingState;
  command: CommandBody;
  actor?: Actor;
  target?: Target | null;
  expected: Decision;
}

function run(c: Pick<Case, 'state' | 'command' | 'actor' | 'target'>): Decision {
  return decide(c.state, cmd(c.command), c.actor ?? facilitator, {
    now: NOW,
    newId: sequentialIds(),
    target: c.target,
  });
}

const raisedBy = (actor: Actor, kind: QueueEntry['kind'] = 'new-point'): QueueEntry => ({
  id: 'new-0001',
  memberId: actor.memberId,
  name: actor.displayName,
  kind,
  raisedAt: NOW,
  priorTurns: actor.turns,
});

const cases: Case[] = [
  // queue:raise-hand
  {
    name: 'raise: an empty queue; the entry carries name, time and turns so far',
    state: live(),
    command: { type: 'queue:raise-hand', kind: 'new-point' },
    actor: layla,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(layla), position: 0 }),
  },
  {
    name: 'raise: kind defaults to a new point',
    state: live(),
    command: { type: 'queue:raise-hand' },
    actor: omar,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(omar), position: 0 }),
  },
  {
    name: 'raise: progressive, someone who has spoken goes after everyone',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:raise-hand' },
    actor: layla,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(layla), position: 3 }),
  },
  {
    name: 'raise: progressive, a first-time speaker goes before those who have spoken',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:raise-hand' },
    actor: omar,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(omar), position: 2 }),
  },
  {
    name: 'raise: first come, a first-time speaker goes last',
    state: live({ queue: { entries: THREE }, queueSettings: { policy: 'first-come' } }),
    command: { type: 'queue:raise-hand' },
    actor: omar,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(omar), position: 3 }),
  },
  {
    name: 'raise: a point of order goes to the front when priority is allowed',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:raise-hand', kind: 'point-of-order' },
    actor: layla,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(layla, 'point-of-order'), position: 0 }),
  },
  {
    name: 'raise: a point of order waits its turn when priority is not allowed',
    state: live({ queue: { entries: THREE }, queueSettings: { allowPriority: false } }),
    command: { type: 'queue:raise-hand', kind: 'point-of-order' },
    actor: layla,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(layla, 'point-of-order'), position: 3 }),
  },
  {
    name: 'raise: a paused queue still takes hands',
    state: live({ queue: { status: 'paused' } }),
    command: { type: 'queue:raise-hand' },
    actor: omar,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(omar), position: 0 }),
  },
  {
    name: 'raise: the facilitator may queue too',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:raise-hand', kind: 'direct-reply' },
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(facilitator, 'direct-reply'), position: 0 }),
  },
  {
    name: 'raise: a closed queue',
    state: live({ queue: { status: 'closed' } }),
    command: { type: 'queue:raise-hand' },
    actor: omar,
    expected: refused('QUEUE_CLOSED'),
  },
  {
    name: 'raise: twice',
    state: live({ queue: { entries: [buildEntry(1), buildEntry(7, { memberId: layla.memberId })] } }),
    command: { type: 'queue:raise-hand', kind: 'point-of-order' },
    actor: layla,
    expected: refused('QUEUE_ALREADY_RAISED'),
  },
  {
    name: 'raise: an observer',
    state: live(),
    command: { type: 'queue:raise-hand' },
    actor: observer,
    expected: refused('FORBIDDEN'),
  },
  {
    name: `raise: ${LIMITS.queueEntries - 1} hands leave room for one more`,
    state: live({
      queue: { entries: Array.from({ length: LIMITS.queueEntries - 1 }, (_, i) => buildEntry(i + 10)) },
    }),
    command: { type: 'queue:raise-hand' },
    actor: omar,
    expected: accepted({ type: 'queue:hand-raised', entry: raisedBy(omar), position: LIMITS.queueEntries - 1 }),
  },
  {
    name: `raise: ${LIMITS.queueEntries} hands is the limit`,
    state: live({ queue: { entries: Array.from({ length: LIMITS.queueEntries }, (_, i) => buildEntry(i + 10)) } }),
    command: { type: 'queue:raise-hand' },
    actor: omar,
    expected: refused('QUEUE_FULL'),
  },

  // queue:lower-hand
  {
    name: 'lower: one’s own hand',
    state: live({ queue: { entries: [buildEntry(1), buildEntry(7, { memberId: layla.memberId })] } }),
    command: { type: 'queue:lower-hand' },
    actor: layla,
    expected: accepted({ type: 'queue:entry-removed', entryId: entryId(7), reason: 'lowered' }),
  },
  {
    name: 'lower: not raised',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:lower-hand' },
    actor: layla,
    expected: refused('QUEUE_NOT_RAISED'),
  },
  {
    // An observer has no hand up unless they were made observer while waiting.
    name: 'lower: an observer without a raised hand',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:lower-hand' },
    actor: observer,
    expected: refused('QUEUE_NOT_RAISED'),
  },

  // queue:remove
  {
    name: 'remove: a facilitator takes someone off the queue',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:remove', entryId: entryId(2) },
    expected: accepted({ type: 'queue:entry-removed', entryId: entryId(2), reason: 'removed' }),
  },
  {
    name: 'remove: unknown entry',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:remove', entryId: entryId(9) },
    expected: refused('QUEUE_ENTRY_NOT_FOUND'),
  },
  {
    name: 'remove: a participant may not, even their own entry',
    state: live({ queue: { entries: [buildEntry(7, { memberId: layla.memberId })] } }),
    command: { type: 'queue:remove', entryId: entryId(7) },
    actor: layla,
    expected: refused('FORBIDDEN'),
  },

  // queue:add-person
  {
    name: 'add-person: someone in the room, by name',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:add-person', name: '  Guest from the ministry ', kind: 'clarification' },
    actor: coFacilitator,
    expected: accepted({
      type: 'queue:hand-raised',
      entry: {
        id: 'new-0001',
        memberId: null,
        name: 'Guest from the ministry',
        kind: 'clarification',
        raisedAt: NOW,
        priorTurns: 0,
      },
      position: 0,
    }),
  },
  {
    name: 'add-person: unnamed, as a first-time new point',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:add-person', name: null },
    expected: accepted({
      type: 'queue:hand-raised',
      entry: { id: 'new-0001', memberId: null, name: null, kind: 'new-point', raisedAt: NOW, priorTurns: 0 },
      position: 2,
    }),
  },
  {
    name: 'add-person: a closed queue',
    state: live({ queue: { status: 'closed' } }),
    command: { type: 'queue:add-person', name: null },
    expected: refused('QUEUE_CLOSED'),
  },
  {
    name: 'add-person: a participant',
    state: live(),
    command: { type: 'queue:add-person', name: 'A friend' },
    actor: omar,
    expected: refused('FORBIDDEN'),
  },

  // queue:give-floor
  {
    name: 'give-floor: next is the first entry; the limit is the meeting’s',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:give-floor', fromTurnId: null },
    expected: accepted({ type: 'queue:floor-given', entryId: entryId(1), floor: floorFor(THREE[0] as QueueEntry) }),
  },
  {
    name: 'give-floor: an explicit entry',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:give-floor', entryId: entryId(3) },
    expected: accepted({ type: 'queue:floor-given', entryId: entryId(3), floor: floorFor(THREE[2] as QueueEntry) }),
  },
  {
    name: 'give-floor: an unnamed person in the room',
    state: live({ queue: { entries: [buildEntry(4, { memberId: null, name: null, kind: 'direct-reply' })] } }),
    command: { type: 'queue:give-floor' },
    expected: accepted({
      type: 'queue:floor-given',
      entryId: entryId(4),
      floor: { turnId: 'new-0001', memberId: null, name: null, kind: 'direct-reply', startedAt: NOW, limitMs: 180_000 },
    }),
  },
  {
    name: 'give-floor: while someone speaks, their turn ends first (30 s on the floor)',
    state: speaking(),
    command: { type: 'queue:give-floor', fromTurnId: 'turn-0001' },
    expected: accepted(endOfCurrentTurn, {
      type: 'queue:floor-given',
      entryId: entryId(1),
      floor: floorFor(THREE[0] as QueueEntry),
    }),
  },
  {
    name: 'give-floor: without fromTurnId, the current turn still ends first',
    state: speaking(),
    command: { type: 'queue:give-floor', entryId: entryId(2) },
    expected: accepted(endOfCurrentTurn, {
      type: 'queue:floor-given',
      entryId: entryId(2),
      floor: floorFor(THREE[1] as QueueEntry),
    }),
  },
  {
    name: 'give-floor: a turn that started "in the future" (clock skew) counts 0 ms, never negative',
    state: live({ queue: { entries: THREE, floor: buildFloor({ startedAt: NOW + 5_000 }) } }),
    command: { type: 'queue:give-floor' },
    expected: accepted(
      { ...endOfCurrentTurn, floorMs: 0 },
      { type: 'queue:floor-given', entryId: entryId(1), floor: floorFor(THREE[0] as QueueEntry) },
    ),
  },
  {
    name: 'give-floor: the current item’s own limit (90 s) overrides the meeting’s',
    state: live({
      items: [buildItem(1, { speakingLimitSeconds: 30 }), buildItem(2, { speakingLimitSeconds: 90 }), buildItem(3)],
      queue: { entries: THREE },
    }),
    command: { type: 'queue:give-floor' },
    expected: accepted({
      type: 'queue:floor-given',
      entryId: entryId(1),
      floor: floorFor(THREE[0] as QueueEntry, 90_000),
    }),
  },
  {
    name: 'give-floor: an item limit of 0 means no limit',
    state: live({
      items: [buildItem(1), buildItem(2, { speakingLimitSeconds: 0 }), buildItem(3)],
      queue: { entries: THREE },
    }),
    command: { type: 'queue:give-floor' },
    expected: accepted({
      type: 'queue:floor-given',
      entryId: entryId(1),
      floor: floorFor(THREE[0] as QueueEntry, null),
    }),
  },
  {
    name: 'give-floor: a meeting limit of 0 means no limit',
    state: live({ queue: { entries: THREE }, queueSettings: { speakingLimitSeconds: 0 } }),
    command: { type: 'queue:give-floor' },
    expected: accepted({
      type: 'queue:floor-given',
      entryId: entryId(1),
      floor: floorFor(THREE[0] as QueueEntry, null),
    }),
  },
  {
    name: 'give-floor: a meeting limit of 2 min',
    state: live({ queue: { entries: THREE }, queueSettings: { speakingLimitSeconds: 120 } }),
    command: { type: 'queue:give-floor' },
    expected: accepted({
      type: 'queue:floor-given',
      entryId: entryId(1),
      floor: floorFor(THREE[0] as QueueEntry, 120_000),
    }),
  },
  {
    name: 'give-floor: next on an empty queue',
    state: live(),
    command: { type: 'queue:give-floor', fromTurnId: null },
    expected: refused('QUEUE_EMPTY'),
  },
  {
    name: 'give-floor: next on an empty queue while someone speaks',
    state: live({ queue: { floor: buildFloor() } }),
    command: { type: 'queue:give-floor', fromTurnId: 'turn-0001' },
    expected: refused('QUEUE_EMPTY'),
  },
  {
    name: 'give-floor: next on a paused queue',
    state: live({ queue: { status: 'paused', entries: THREE } }),
    command: { type: 'queue:give-floor' },
    expected: refused('QUEUE_PAUSED'),
  },
  {
    name: 'give-floor: an explicit entry on a paused queue',
    state: live({ queue: { status: 'paused', entries: THREE } }),
    command: { type: 'queue:give-floor', entryId: entryId(2) },
    expected: accepted({ type: 'queue:floor-given', entryId: entryId(2), floor: floorFor(THREE[1] as QueueEntry) }),
  },
  {
    name: 'give-floor: a closed queue still lets those waiting speak',
    state: live({ queue: { status: 'closed', entries: THREE } }),
    command: { type: 'queue:give-floor' },
    expected: accepted({ type: 'queue:floor-given', entryId: entryId(1), floor: floorFor(THREE[0] as QueueEntry) }),
  },
  {
    name: 'give-floor: an unknown explicit entry',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:give-floor', entryId: entryId(9) },
    expected: refused('QUEUE_ENTRY_NOT_FOUND'),
  },
  {
    name: 'give-floor: the sender saw another turn',
    state: speaking(),
    command: { type: 'queue:give-floor', fromTurnId: 'turn-0000' },
    expected: refused('QUEUE_ALREADY_ADVANCED'),
  },
  {
    name: 'give-floor: the sender saw nobody speaking, but someone is',
    state: speaking(),
    command: { type: 'queue:give-floor', fromTurnId: null },
    expected: refused('QUEUE_ALREADY_ADVANCED'),
  },
  {
    name: 'give-floor: the sender saw a turn, but nobody is speaking any more',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:give-floor', fromTurnId: 'turn-0001' },
    expected: refused('QUEUE_ALREADY_ADVANCED'),
  },
  {
    name: 'give-floor: a draft meeting',
    state: draft({ queue: { entries: THREE } }),
    command: { type: 'queue:give-floor' },
    expected: refused('MEETING_NOT_LIVE'),
  },
  {
    name: 'give-floor: a participant',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:give-floor' },
    actor: omar,
    expected: refused('FORBIDDEN'),
  },

  // queue:end-turn
  {
    name: 'end-turn: the current turn, with its time on the floor',
    state: speaking(),
    command: { type: 'queue:end-turn', turnId: 'turn-0001' },
    expected: accepted(endOfCurrentTurn),
  },
  {
    name: 'end-turn: an unnamed speaker’s turn carries no member',
    state: live({ queue: { floor: buildFloor({ memberId: null, name: null, startedAt: NOW - 245_000 }) } }),
    command: { type: 'queue:end-turn', turnId: 'turn-0001' },
    expected: accepted({ type: 'queue:turn-ended', turnId: 'turn-0001', memberId: null, floorMs: 245_000 }),
  },
  {
    name: 'end-turn: a turn that is not the current one',
    state: speaking(),
    command: { type: 'queue:end-turn', turnId: 'turn-0000' },
    expected: refused('QUEUE_TURN_NOT_CURRENT'),
  },
  {
    name: 'end-turn: nobody is speaking',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:end-turn', turnId: 'turn-0001' },
    expected: refused('QUEUE_TURN_NOT_CURRENT'),
  },

  // queue:yield-floor ("I'm done")
  {
    name: 'yield-floor: the speaker hands their own turn back, with its time on the floor',
    state: live({ queue: { entries: THREE, floor: buildFloor({ memberId: layla.memberId }) } }),
    actor: layla,
    command: { type: 'queue:yield-floor', turnId: 'turn-0001' },
    expected: accepted({ type: 'queue:turn-ended', turnId: 'turn-0001', memberId: layla.memberId, floorMs: 30_000 }),
  },
  {
    name: 'yield-floor: someone else cannot end the speaker’s turn',
    state: live({ queue: { entries: THREE, floor: buildFloor({ memberId: layla.memberId }) } }),
    actor: omar,
    command: { type: 'queue:yield-floor', turnId: 'turn-0001' },
    expected: refused('QUEUE_NOT_YOUR_TURN'),
  },
  {
    name: 'yield-floor: an old turn is not handed back twice',
    state: live({ queue: { entries: THREE, floor: buildFloor({ memberId: layla.memberId, turnId: 'turn-0002' }) } }),
    actor: layla,
    command: { type: 'queue:yield-floor', turnId: 'turn-0001' },
    expected: refused('QUEUE_TURN_NOT_CURRENT'),
  },

  // queue:reorder
  {
    name: 'reorder: a permutation of every entry',
    state: live({ queue: { entries: THREE } }),
    command: { type: 'queue:reorder', entryIds: [entryId(3), entryId(1), entryId(2)] },
    expected: accepted({ type: 'queue:reordered', entryIds: [entryId(3), entryId(1), entryId(2)] }),
  },
  {
    name: 'reorder: an empty queue, an empty order',
    state: live(),
    command: { type: 'queue:reorder', entryIds: [] },
    expected: accepted({ type: 'queue:reordered', entryIds: [] }),
  },
  ...[
    { what: 'an entry missing', entryIds: [entryId(3), entryId(1)] },
    { what: 'a duplicate in place of an entry', entryIds: [entryId(1), entryId(1), entryId(2)] },
    { what: 'a duplicate on top of every entry', entryIds: [entryId(1), entryId(2), entryId(3), entryId(1)] },
    { what: 'an entry that has left', entryIds: [entryId(1), entryId(2), entryId(9)] },
  ].map(
    ({ what, entryIds }): Case => ({
      name: `reorder: ${what}`,
      state: live({ queue: { entries: THREE } }),
      command: { type: 'queue:reorder', entryIds },
      expected: refused('QUEUE_ORDER_MISMATCH'),
    }),
  ),

  // queue:set-status and queue:clear
  ...(['open', 'paused', 'closed'] as const).map(
    (status): Case => ({
      name: `set-status: ${status}`,
      state: live({ queue: { status: status === 'open' ? 'closed' : 'open' } }),
      command: { type: 'queue:set-status', status },
      expected: accepted({ type: 'queue:status-changed', status }),
    }),
  ),
  {
    name: 'clear: empties the queue',
    state: speaking(),
    command: { type: 'queue:clear' },
    expected: accepted({ type: 'queue:cleared' }),
  },

  // queue:set-settings: THREE raised e1, e2, e3 in that order; e3 has spoken.
  {
    name: 'set-settings: progressive → first come re-sorts by arrival',
    state: live({ queue: { entries: [buildEntry(2), buildEntry(1, { priorTurns: 1 }), buildEntry(3)] } }),
    command: { type: 'queue:set-settings', settings: { policy: 'first-come' } },
    expected: accepted({
      type: 'queue:settings-changed',
      settings: { policy: 'first-come', allowPriority: true, speakingLimitSeconds: 180 },
      entryIds: [entryId(1), entryId(2), entryId(3)],
    }),
  },
  {
    name: 'set-settings: first come → progressive puts first-time speakers first',
    state: live({
      queue: { entries: [buildEntry(1, { priorTurns: 1 }), buildEntry(2), buildEntry(3)] },
      queueSettings: { policy: 'first-come' },
    }),
    command: { type: 'queue:set-settings', settings: { policy: 'progressive' } },
    expected: accepted({
      type: 'queue:settings-changed',
      settings: { policy: 'progressive', allowPriority: true, speakingLimitSeconds: 180 },
      entryIds: [entryId(2), entryId(3), entryId(1)],
    }),
  },
  {
    name: 'set-settings: allowing priority moves a point of order to the front',
    state: live({
      queue: { entries: [buildEntry(1), buildEntry(2, { kind: 'point-of-order' })] },
      queueSettings: { allowPriority: false },
    }),
    command: { type: 'queue:set-settings', settings: { allowPriority: true } },
    expected: accepted({
      type: 'queue:settings-changed',
      settings: { policy: 'progressive', allowPriority: true, speakingLimitSeconds: 180 },
      entryIds: [entryId(2), entryId(1)],
    }),
  },
  {
    name: 'set-settings: a new limit keeps an order set by hand',
    state: live({ queue: { entries: [buildEntry(3), buildEntry(1), buildEntry(2, { kind: 'point-of-order' })] } }),
    command: { type: 'queue:set-settings', settings: { speakingLimitSeconds: 60 } },
    expected: accepted({
      type: 'queue:settings-changed',
      settings: { policy: 'progressive', allowPriority: true, speakingLimitSeconds: 60 },
      entryIds: [entryId(3), entryId(1), entryId(2)],
    }),
  },
  {
    name: 'set-settings: sending the same policy again keeps an order set by hand',
    state: live({ queue: { entries: [buildEntry(3), buildEntry(1), buildEntry(2)] } }),
    command: { type: 'queue:set-settings', settings: { policy: 'progressive', allowPriority: true } },
    expected: accepted({
      type: 'queue:settings-changed',
      settings: { policy: 'progressive', allowPriority: true, speakingLimitSeconds: 180 },
      entryIds: [entryId(3), entryId(1), entryId(2)],
    }),
  },

  // member:set-categories (one's own answers) and meeting:set-categories
  {
    name: 'member:set-categories: known categories and options',
    state: live(),
    command: { type: 'member:set-categories', categories: { sector: 'civil-society', region: 'mena' } },
    actor: layla,
    expected: accepted({
      type: 'member:categories-changed',
      memberId: layla.memberId,
      categories: { sector: 'civil-society', region: 'mena' },
    }),
  },
  {
    name: 'member:set-categories: answering nothing is allowed',
    state: live(),
    command: { type: 'member:set-categories', categories: {} },
    actor: observer,
    expected: accepted({ type: 'member:categories-changed', memberId: observer.memberId, categories: {} }),
  },
  ...(
    [
      { what: 'an unknown category', categories: { gender: 'woman' } },
      { what: 'an unknown option', categories: { sector: 'private-sector' } },
      { what: 'another category’s option', categories: { sector: 'mena' } },
      { what: 'one known and one unknown', categories: { sector: 'donor', age: 'under-30' } },
    ] as { what: string; categories: Record<string, string> }[]
  ).map(
    ({ what, categories }): Case => ({
      name: `member:set-categories: ${what}`,
      state: live(),
      command: { type: 'member:set-categories', categories },
      actor: layla,
      expected: refused('CATEGORY_UNKNOWN'),
    }),
  ),
  {
    name: 'member:set-categories: any answer when the meeting has no categories',
    state: live({ balanceCategories: [] }),
    command: { type: 'member:set-categories', categories: { sector: 'donor' } },
    actor: layla,
    expected: refused('CATEGORY_UNKNOWN'),
  },
  {
    name: 'meeting:set-categories: replaces the categories',
    state: draft({ balanceCategories: [] }),
    command: { type: 'meeting:set-categories', categories: CATEGORIES },
    expected: accepted({ type: 'meeting:categories-changed', categories: CATEGORIES }),
  },
  {
    name: 'meeting:set-categories: a participant',
    state: live(),
    command: { type: 'meeting:set-categories', categories: [] },
    actor: layla,
    expected: refused('FORBIDDEN'),
  },
  {
    name: 'meeting:set-categories: ended',
    state: ended(),
    command: { type: 'meeting:set-categories', categories: [] },
    expected: refused('MEETING_ENDED'),
  },

  // member:remove takes the person off the queue too
  {
    name: 'member:remove: a member with a raised hand leaves the queue, then the meeting',
    state: live({ queue: { entries: [buildEntry(1), buildEntry(3), buildEntry(7, { memberId: 'member-0002' })] } }),
    command: { type: 'member:remove', memberId: 'member-0002' },
    target: { member: buildMember({ id: 'member-0002' }), isOwner: false },
    expected: accepted(
      { type: 'queue:entry-removed', entryId: entryId(7), reason: 'removed' },
      { type: 'member:removed', memberId: 'member-0002' },
    ),
  },
  {
    name: 'member:remove: entries of others and of unnamed people stay',
    state: live({ queue: { entries: [buildEntry(1), buildEntry(3, { memberId: null, name: null })] } }),
    command: { type: 'member:remove', memberId: 'member-0002' },
    target: { member: buildMember({ id: 'member-0002' }), isOwner: false },
    expected: accepted({ type: 'member:removed', memberId: 'member-0002' }),
  },
];

describe('decide: speaker queue', () => {
  it.each(cases)('$name', (c) => {
    expect(run(c)).toEqual(c.expected);
  });

  it('does not change the state it was given', () => {
    const state = speaking();
    const before = structuredClone(state);
    run({ state, command: { type: 'queue:give-floor' } });
    run({ state, command: { type: 'queue:set-settings', settings: { policy: 'first-come' } } });
    run({ state, command: { type: 'queue:raise-hand' }, actor: omar });
    expect(state).toEqual(before);
  });
});

/** Every queue command, valid against `speaking()`, sent by a role allowed to send it. */
const QUEUE_SAMPLES: { command: CommandBody; actor: Actor }[] = [
  { command: { type: 'queue:raise-hand' }, actor: omar },
  { command: { type: 'queue:lower-hand' }, actor: { ...omar, memberId: 'member-0001' } },
  { command: { type: 'queue:remove', entryId: entryId(1) }, actor: facilitator },
  { command: { type: 'queue:add-person', name: null }, actor: facilitator },
  { command: { type: 'queue:give-floor', fromTurnId: 'turn-0001' }, actor: facilitator },
  { command: { type: 'queue:end-turn', turnId: 'turn-0001' }, actor: facilitator },
  { command: { type: 'queue:reorder', entryIds: [entryId(3), entryId(2), entryId(1)] }, actor: facilitator },
  { command: { type: 'queue:set-status', status: 'closed' }, actor: facilitator },
  { command: { type: 'queue:clear' }, actor: facilitator },
  { command: { type: 'queue:set-settings', settings: { speakingLimitSeconds: 0 } }, actor: coFacilitator },
];

describe('decide: the queue after the meeting has ended', () => {
  it('has a sample for every queue command', () => {
    const types: CommandType[] = QUEUE_SAMPLES.map((s) => s.command.type);
    expect(types.sort()).toEqual(
      [
        'queue:add-person',
        'queue:clear',
        'queue:end-turn',
        'queue:give-floor',
        'queue:lower-hand',
        'queue:raise-hand',
        'queue:remove',
        'queue:reorder',
        'queue:set-settings',
        'queue:set-status',
      ].sort(),
    );
  });

  // The same command against the same queue in a live meeting is accepted, so only the status refuses it.
  it.each(QUEUE_SAMPLES)('$command.type is accepted while live, refused once ended', ({ command, actor }) => {
    const queue = { entries: THREE, floor: buildFloor() };
    expect(run({ state: live({ queue }), command, actor }).ok).toBe(true);
    expect(run({ state: ended({ queue }), command, actor })).toEqual(refused('MEETING_ENDED'));
  });
});

describe('decide: two facilitators press "next" at once', () => {
  /** The server's own picture of the meeting, kept by applying each accepted decision's events. */
  class Room {
    view: MeetingView;
    seq = 0;
    constructor(view: MeetingView) {
      this.view = view;
    }
    get state(): MeetingState {
      return { meeting: this.view.meeting, agenda: this.view.agenda, queue: this.view.queue };
    }
    /** Decides against the current state and records what was accepted. */
    send(command: CommandBody, actor: Actor, now: number, newId: () => string): Decision {
      const decision = decide(this.state, cmd(command), actor, { now, newId });
      if (decision.ok) {
        for (const event of decision.events) {
          this.seq += 1;
          this.view = applyEvent(this.view, { ...event, seq: this.seq, at: now });
        }
      }
      return decision;
    }
  }

  const room = () =>
    new Room(
      viewFromSnapshot(
        buildSnapshot({
          meeting: buildMeeting({ status: 'live', currentItemId: itemId(2), itemStartedAt: NOW - 60_000 }),
          queue: { status: 'open', entries: THREE, floor: null },
        }),
      ),
    );

  it('nobody speaking: the first press gives the floor to e1, the second is refused', () => {
    const r = room();
    const newId = sequentialIds('turn');
    const first = r.send({ type: 'queue:give-floor', fromTurnId: null }, facilitator, NOW, newId);
    const second = r.send({ type: 'queue:give-floor', fromTurnId: null }, coFacilitator, NOW + 200, newId);
    expect(first).toEqual(
      accepted({
        type: 'queue:floor-given',
        entryId: entryId(1),
        floor: { ...floorFor(THREE[0] as QueueEntry), turnId: 'turn-0001' },
      }),
    );
    expect(second).toEqual(refused('QUEUE_ALREADY_ADVANCED'));
    expect({ floor: r.view.queue.floor?.memberId, waiting: r.view.queue.entries.map((e) => e.id) }).toEqual({
      floor: 'member-0001',
      waiting: [entryId(2), entryId(3)],
    });
  });

  it('someone speaking: both saw turn-0001; e2 gets the floor once, e3 keeps waiting', () => {
    const r = room();
    const newId = sequentialIds('turn');
    r.send({ type: 'queue:give-floor', fromTurnId: null }, facilitator, NOW, newId);
    const first = r.send({ type: 'queue:give-floor', fromTurnId: 'turn-0001' }, facilitator, NOW + 95_000, newId);
    const second = r.send({ type: 'queue:give-floor', fromTurnId: 'turn-0001' }, coFacilitator, NOW + 95_100, newId);
    expect(first.ok && first.events.map((e) => e.type)).toEqual(['queue:turn-ended', 'queue:floor-given']);
    expect(second).toEqual(refused('QUEUE_ALREADY_ADVANCED'));
    expect({
      turnId: r.view.queue.floor?.turnId,
      speaker: r.view.queue.floor?.memberId,
      waiting: r.view.queue.entries.map((e) => e.id),
    }).toEqual({ turnId: 'turn-0002', speaker: 'member-0002', waiting: [entryId(3)] });
  });

  it('without fromTurnId nothing stops the second press: it skips e2 (why clients send it)', () => {
    const r = room();
    const newId = sequentialIds('turn');
    r.send({ type: 'queue:give-floor' }, facilitator, NOW, newId);
    const second = r.send({ type: 'queue:give-floor' }, coFacilitator, NOW + 100, newId);
    expect(second.ok).toBe(true);
    expect(r.view.queue.floor?.memberId).toBe('member-0002');
  });
});

describe('fixed defects', () => {
  // Bug: meeting:end leaves the floor as it is. The speaker's turn never ends, so their floor time is
  // never added to the balance totals, and after the end no queue command (end-turn included) is accepted.
  it('meeting:end while someone speaks ends their turn first', () => {
    const decision = run({ state: speaking(), command: { type: 'meeting:end' } });
    expect(decision).toEqual(
      accepted(endOfCurrentTurn, { type: 'meeting:ended', lastItemId: itemId(2), lastItemSpentMs: 60_000 }),
    );
  });
});
