import type { CommandBody, ErrorCode, Lobby } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { type Actor, type Decision, decide, type MeetingState } from './meeting.js';
import { buildState, cmd, NOW, sequentialIds } from './test/factories.js';

const facilitator: Actor = { memberId: 'member-self', role: 'facilitator', displayName: 'Rania Aziz', turns: 0 };
const refused = (code: ErrorCode): Decision => ({ ok: false, code });

const withLobby = (
  status: MeetingState['meeting']['status'],
  lobby: Lobby | undefined,
  waitingMemberIds: string[] = [],
): MeetingState => ({
  ...buildState({ status, currentIndex: 0 }),
  lobby,
  waitingMemberIds,
});

const run = (state: MeetingState, command: CommandBody) =>
  decide(state, cmd(command), facilitator, { now: NOW, newId: sequentialIds(), newJoinCode: () => 'NEWCODE1' });

/** Lobby rules (issue 12, item 10): lock, waiting room, join-code rotation and explicit admission. */
describe('lobby', () => {
  it.each<{ name: string; state: MeetingState; command: CommandBody; expected: Decision }>([
    {
      name: 'lock a meeting without lobby settings yet',
      state: withLobby('draft', undefined),
      command: { type: 'meeting:set-lobby', locked: true },
      expected: { ok: true, events: [{ type: 'meeting:lobby-changed', lobby: { locked: true, waitingRoom: false } }] },
    },
    {
      name: 'turning on the waiting room keeps the lock as it is',
      state: withLobby('live', { locked: true, waitingRoom: false }),
      command: { type: 'meeting:set-lobby', waitingRoom: true },
      expected: { ok: true, events: [{ type: 'meeting:lobby-changed', lobby: { locked: true, waitingRoom: true } }] },
    },
    {
      name: 'unlock',
      state: withLobby('live', { locked: true, waitingRoom: true }),
      command: { type: 'meeting:set-lobby', locked: false },
      expected: { ok: true, events: [{ type: 'meeting:lobby-changed', lobby: { locked: false, waitingRoom: true } }] },
    },
    {
      name: 'an ended meeting keeps its lobby',
      state: withLobby('ended', { locked: false, waitingRoom: false }),
      command: { type: 'meeting:set-lobby', locked: true },
      expected: refused('MEETING_ENDED'),
    },
    {
      name: 'rotate the join code',
      state: withLobby('live', undefined),
      command: { type: 'meeting:rotate-code' },
      expected: { ok: true, events: [{ type: 'meeting:join-code-rotated', joinCode: 'NEWCODE1' }] },
    },
    {
      name: 'no rotation after the end',
      state: withLobby('ended', undefined),
      command: { type: 'meeting:rotate-code' },
      expected: refused('MEETING_ENDED'),
    },
    {
      name: 'admit one person who waits',
      state: withLobby('live', { locked: false, waitingRoom: true }, ['member-1', 'member-2']),
      command: { type: 'member:admit', memberIds: ['member-2'] },
      expected: { ok: true, events: [{ type: 'member:admitted', memberIds: ['member-2'] }] },
    },
    {
      name: 'admit all who wait',
      state: withLobby('live', { locked: false, waitingRoom: true }, ['member-1', 'member-2']),
      command: { type: 'member:admit' },
      expected: { ok: true, events: [{ type: 'member:admitted', memberIds: ['member-1', 'member-2'] }] },
    },
    {
      name: 'admit all also works before the meeting starts',
      state: withLobby('draft', { locked: false, waitingRoom: true }, ['member-1']),
      command: { type: 'member:admit' },
      expected: { ok: true, events: [{ type: 'member:admitted', memberIds: ['member-1'] }] },
    },
    {
      name: 'admit all with nobody waiting',
      state: withLobby('live', { locked: false, waitingRoom: true }, []),
      command: { type: 'member:admit' },
      expected: refused('MEMBER_NOT_WAITING'),
    },
    {
      name: 'admitting someone who is not waiting admits nobody',
      state: withLobby('live', { locked: false, waitingRoom: true }, ['member-1']),
      command: { type: 'member:admit', memberIds: ['member-1', 'member-9'] },
      expected: refused('MEMBER_NOT_WAITING'),
    },
    {
      name: 'the same person named twice is admitted once',
      state: withLobby('live', { locked: false, waitingRoom: true }, ['member-1']),
      command: { type: 'member:admit', memberIds: ['member-1', 'member-1'] },
      expected: { ok: true, events: [{ type: 'member:admitted', memberIds: ['member-1'] }] },
    },
  ])('$name', ({ state, command, expected }) => {
    expect(run(state, command)).toEqual(expected);
  });

  it('refuses lobby commands to everyone who does not run the meeting', () => {
    const state = withLobby('live', { locked: false, waitingRoom: true }, ['member-1']);
    for (const role of ['rapporteur', 'presenter', 'participant', 'observer'] as const) {
      for (const command of [
        { type: 'member:admit' },
        { type: 'meeting:set-lobby', locked: true },
        { type: 'meeting:rotate-code' },
      ] as CommandBody[]) {
        const actor = { ...facilitator, role };
        expect(decide(state, cmd(command), actor, { now: NOW, newId: sequentialIds() })).toEqual(refused('FORBIDDEN'));
      }
    }
  });
});
