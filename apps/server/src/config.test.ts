import { describe, expect, it } from 'vitest';
import { loadConfig, parseQuantifiers, parseTrustProxy, readBudget, readJoinLimits } from './config.js';

describe('HIWAR_QUANTIFIERS', () => {
  it.each([
    [undefined, { strong: 0.5, several: 3, some: 2 }],
    ['strong=0.75,several=4,some=2', { strong: 0.75, several: 4, some: 2 }],
    ['several=5', { strong: 0.5, several: 5, some: 2 }],
    ['strong=2,several=0,some=x', { strong: 0.5, several: 3, some: 2 }],
    ['some=6', { strong: 0.5, several: 3, some: 3 }],
  ])('%s reads as %o', (value, expected) => {
    expect(parseQuantifiers(value)).toEqual(expected);
  });
});

describe('command budget and join limits', () => {
  it('defaults: 60 actions at once and 600 a minute, 20 content at once and 60 a minute, mute after 100 refusals', () => {
    const budget = readBudget({});
    expect(budget.limits.action).toEqual({ burst: 60, perSecond: 10 });
    expect(budget.limits.content).toEqual({ burst: 20, perSecond: 1 });
    expect(budget.limits.sync).toEqual({ burst: 20, perSecond: 2 });
    expect([budget.floodRefusals, budget.floodWindowMs, budget.muteMs]).toEqual([100, 10_000, 120_000]);
  });

  it('reads the variables, and keeps the default for a missing, invalid or out-of-range value', () => {
    const budget = readBudget({
      HIWAR_BUDGET_CONTENT_BURST: '5',
      HIWAR_BUDGET_CONTENT_PER_MINUTE: '30',
      HIWAR_BUDGET_ACTIONS_BURST: 'lots',
      HIWAR_BUDGET_SYNC_BURST: '0',
      HIWAR_FLOOD_MUTE_SECONDS: '2.5',
      HIWAR_FLOOD_REFUSALS: '7',
    });
    expect(budget.limits.content).toEqual({ burst: 5, perSecond: 0.5 });
    expect(budget.limits.action.burst).toBe(60);
    expect(budget.limits.sync.burst).toBe(20);
    expect(budget.muteMs).toBe(120_000);
    expect(budget.floodRefusals).toBe(7);
  });

  it('join limits: failed lookups per address and in all, joins per meeting, each a minute', () => {
    expect(readJoinLimits({})).toEqual({
      failuresPerAddress: { burst: 20, perSecond: 20 / 60 },
      failuresTotal: { burst: 600, perSecond: 10 },
      joinsPerMeeting: { burst: 1000, perSecond: 1000 / 60 },
    });
    expect(readJoinLimits({ HIWAR_JOIN_FAILURES_PER_ADDRESS: '6' }).failuresPerAddress).toEqual({
      burst: 6,
      perSecond: 0.1,
    });
    expect(loadConfig({ HIWAR_JOINS_PER_MEETING: '3000' }).joinLimits?.joinsPerMeeting.burst).toBe(3000);
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['10.0.0.0/8,127.0.0.1', '10.0.0.0/8,127.0.0.1'],
  ])('HIWAR_TRUST_PROXY=%s reads as %o', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it('HIWAR_TRUST_PROXY=1 believes exactly one hop', () => {
    const rule = parseTrustProxy('1');
    if (typeof rule !== 'function') throw new Error('expected a rule per hop');
    expect([rule('10.0.0.1', 0), rule('10.0.0.2', 1)]).toEqual([true, false]);
  });
});
