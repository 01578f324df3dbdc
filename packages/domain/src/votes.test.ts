import type { Ballot, Vote } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { decide } from './meeting.js';
import { buildState, buildVote, cmd, NOW, sequentialIds } from './test/factories.js';
import { ballotProblem, closeAtDeadline, defaultDots, tally } from './votes.js';

const vote = (overrides: Partial<Vote> = {}): Vote => ({
  id: 'vote-000001',
  itemId: 'item-000001',
  kind: 'dots',
  title: 'Priorities',
  options: ['opt-aaaaaaaa', 'opt-bbbbbbbb', 'opt-cccccccc'].map((id) => ({ id, label: id, pointId: null })),
  dotsPerPerson: 2,
  allowStacking: false,
  scaleMin: 1,
  scaleMax: 5,
  allowOther: false,
  liveResults: false,
  named: false,
  status: 'open',
  openedAt: 0,
  closedAt: null,
  results: null,
  turnout: 0,
  closesAt: null,
  ...overrides,
});

const A = 'opt-aaaaaaaa';
const B = 'opt-bbbbbbbb';
const C = 'opt-cccccccc';

describe('ballotProblem', () => {
  it.each<[string, Partial<Vote>, Ballot, string | null]>([
    ['dots within the allowance', {}, { dots: { [A]: 1, [B]: 1 } }, null],
    ['dots beyond the allowance', {}, { dots: { [A]: 1, [B]: 1, [C]: 1 } }, 'VOTE_ALLOWANCE_EXCEEDED'],
    ['two dots on one option without stacking', {}, { dots: { [A]: 2 } }, 'VOTE_STACKING_NOT_ALLOWED'],
    ['two dots on one option with stacking', { allowStacking: true }, { dots: { [A]: 2 } }, null],
    [
      'stacking still bounded by the allowance',
      { allowStacking: true },
      { dots: { [A]: 3 } },
      'VOTE_ALLOWANCE_EXCEEDED',
    ],
    ['a dot on an unknown option', {}, { dots: { 'opt-zzzzzzzz': 1 } }, 'VOTE_OPTION_UNKNOWN'],
    ['an option list in a dot vote', {}, { optionIds: [A] }, 'VOTE_CHOICE_INVALID'],
    ['no dots at all is a valid empty ballot', {}, { dots: {} }, null],
    ['single: one option', { kind: 'single' }, { optionIds: [A] }, null],
    ['single: two options', { kind: 'single' }, { optionIds: [A, B] }, 'VOTE_CHOICE_INVALID'],
    ['single: nothing', { kind: 'single' }, {}, 'VOTE_CHOICE_INVALID'],
    ['single: other when allowed', { kind: 'single', allowOther: true }, { other: 'Somewhere else' }, null],
    ['single: other when not allowed', { kind: 'single' }, { other: 'Somewhere else' }, 'VOTE_CHOICE_INVALID'],
    [
      'single: an option and other',
      { kind: 'single', allowOther: true },
      { optionIds: [A], other: 'x' },
      'VOTE_CHOICE_INVALID',
    ],
    ['multiple: two options', { kind: 'multiple' }, { optionIds: [A, C] }, null],
    ['multiple: the same option twice', { kind: 'multiple' }, { optionIds: [A, A] }, 'VOTE_CHOICE_INVALID'],
    ['multiple: options and other', { kind: 'multiple', allowOther: true }, { optionIds: [A], other: 'x' }, null],
    ['multiple: unknown option', { kind: 'multiple' }, { optionIds: ['opt-zzzzzzzz'] }, 'VOTE_OPTION_UNKNOWN'],
    ['scale: in range', { kind: 'scale' }, { value: 5 }, null],
    ['scale: below', { kind: 'scale' }, { value: 0 }, 'VOTE_CHOICE_INVALID'],
    ['scale: above', { kind: 'scale' }, { value: 6 }, 'VOTE_CHOICE_INVALID'],
    ['scale: no value', { kind: 'scale' }, {}, 'VOTE_CHOICE_INVALID'],
  ])('%s', (_name, overrides, ballot, expected) => {
    expect(ballotProblem(vote(overrides), ballot)).toBe(expected);
  });
});

describe('tally', () => {
  it('sums dots per option, most first, equal counts sharing a rank', () => {
    const results = tally(vote({ allowStacking: true }), [
      { ballot: { dots: { [A]: 2 } }, name: null },
      { ballot: { dots: { [B]: 1, [A]: 1 } }, name: null },
      { ballot: { dots: { [C]: 1, [B]: 1 } }, name: null },
    ]);
    expect(results).toEqual({
      ballots: 3,
      tallies: [
        { optionId: A, count: 3, rank: 1 },
        { optionId: B, count: 2, rank: 2 },
        { optionId: C, count: 1, rank: 3 },
      ],
      other: [],
      average: null,
      voters: null,
    });
  });

  it('gives tied options the same rank', () => {
    const results = tally(vote({ kind: 'single' }), [
      { ballot: { optionIds: [A] }, name: null },
      { ballot: { optionIds: [B] }, name: null },
    ]);
    expect(results.tallies.map((t) => [t.optionId, t.rank])).toEqual([
      [A, 1],
      [B, 1],
      [C, 3],
    ]);
  });

  it('counts a scale per value, averages it, and keeps other answers', () => {
    const results = tally(vote({ kind: 'scale', scaleMin: 1, scaleMax: 3 }), [
      { ballot: { value: 3 }, name: null },
      { ballot: { value: 3 }, name: null },
      { ballot: { value: 1 }, name: null },
    ]);
    expect(results.tallies).toEqual([
      { optionId: '3', count: 2, rank: 1 },
      { optionId: '1', count: 1, rank: 2 },
      { optionId: '2', count: 0, rank: 3 },
    ]);
    expect(results.average).toBeCloseTo(7 / 3);
    const polled = tally(vote({ kind: 'single', allowOther: true }), [{ ballot: { other: 'Online' }, name: null }]);
    expect(polled.other).toEqual(['Online']);
  });

  it('names voters only in a named vote', () => {
    const ballots = [
      { ballot: { optionIds: [A] }, name: 'Rania' },
      { ballot: { optionIds: [B] }, name: 'Omar' },
    ];
    expect(tally(vote({ kind: 'single' }), ballots).voters).toBeNull();
    expect(tally(vote({ kind: 'single', named: true }), ballots).voters).toEqual([
      { optionId: A, names: ['Rania'] },
      { optionId: B, names: ['Omar'] },
      { optionId: C, names: [] },
    ]);
  });
});

describe('defaultDots', () => {
  it.each([
    [1, 1],
    [3, 1],
    [5, 1],
    [7, 2],
    [9, 2],
    [14, 3],
    [100, 10],
  ])('%i options give %i dots', (options, dots) => {
    expect(defaultDots(options)).toBe(dots);
  });
});

describe('vote timer', () => {
  const facilitator = { memberId: 'member-0001', role: 'facilitator' as const, displayName: 'Lina', turns: 0 };
  const openWith = (durationSeconds?: number) => {
    const decision = decide(
      buildState({ status: 'live', currentIndex: 1 }),
      cmd({
        type: 'vote:open',
        kind: 'single',
        title: 'Which first?',
        options: [{ label: 'Wells' }, { label: 'Pipes' }],
        ...(durationSeconds ? { durationSeconds } : {}),
      }),
      facilitator,
      {
        now: NOW,
        newId: sequentialIds(),
        votes: {
          findVote: () => null,
          myBallot: () => null,
          ballots: () => [],
          findPoint: () => null,
          openVotes: () => [],
        },
      },
    );
    if (!decision.ok || decision.events[0]?.type !== 'vote:opened') throw new Error('the vote did not open');
    return decision.events[0].vote;
  };

  it('sets the deadline from the server clock and the chosen duration', () => {
    expect(openWith(90).closesAt).toBe(NOW + 90_000);
  });

  it('leaves a vote without a timer open until someone closes it', () => {
    expect(openWith().closesAt).toBeNull();
  });

  const ballot = { ballot: { optionIds: ['option-0001'] }, name: null };
  it.each<[string, Parameters<typeof closeAtDeadline>[0], number, boolean]>([
    ['due exactly now', buildVote({ closesAt: NOW }), NOW, true],
    ['overdue (the server was down at the deadline)', buildVote({ closesAt: NOW - 3600_000 }), NOW, true],
    ['one millisecond early', buildVote({ closesAt: NOW + 1 }), NOW, false],
    ['no timer', buildVote({ closesAt: null }), NOW + 3600_000, false],
    ['already closed by hand', buildVote({ closesAt: NOW - 1, status: 'closed' }), NOW, false],
    ['deleted', null, NOW, false],
  ])('closeAtDeadline: %s', (_name, vote, now, closes) => {
    const events = closeAtDeadline(vote, [ballot], now);
    expect(events).toEqual(
      closes
        ? [
            {
              type: 'vote:closed',
              voteId: 'vote-0001',
              results: expect.objectContaining({
                ballots: 1,
                tallies: expect.arrayContaining([expect.objectContaining({ optionId: 'option-0001', count: 1 })]),
              }),
            },
          ]
        : [],
    );
  });
});
